import type { CombinedError } from 'urql';

/** The values of extensions.code the gateway documents, plus NETWORK for an answer that never came. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'UNAVAILABLE',
  'INTERNAL',
  'NETWORK',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface GraphQLErrorLike {
  message?: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: unknown; field?: unknown } & Record<string, unknown>;
}

export function codeOf(error: GraphQLErrorLike): ErrorCode {
  const code = error.extensions?.code;
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : 'INTERNAL';
}

/** Each distinct problem once: its code and the fields (paths) it hit, so a partial answer can say what is missing. */
export interface Problem {
  code: ErrorCode;
  paths: string[];
  field?: string;
}

export function problemsOf(error: CombinedError | undefined): Problem[] {
  if (!error) return [];
  if (error.networkError) return [{ code: 'NETWORK', paths: [] }];
  const byCode = new Map<ErrorCode, Problem>();
  for (const graphQLError of error.graphQLErrors) {
    const code = codeOf(graphQLError as GraphQLErrorLike);
    const problem = byCode.get(code) ?? { code, paths: [] };
    if (graphQLError.path?.length) problem.paths.push(graphQLError.path.join('.'));
    const field = (graphQLError.extensions as GraphQLErrorLike['extensions'])?.field;
    if (typeof field === 'string') problem.field = field;
    byCode.set(code, problem);
  }
  return [...byCode.values()];
}
