import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every query in src/ from the gateway's published schema; generated on each build and test run
// (src/gql/ is git-ignored), so a schema change that breaks a screen breaks the build.
const config: CodegenConfig = {
  schema: '../docs/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        enumsAsTypes: true,
        documentMode: 'documentNode',
        useTypeImports: true,
        scalars: { DateTime: 'string', BigDecimal: 'string', BigInteger: 'string' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
