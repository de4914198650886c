import type { ReactNode } from 'react';
import { Client, fetchExchange, Provider } from 'urql';
import { MemoryRouter } from 'react-router';
import { SessionContext } from '../auth/session';
import type { AuthProvider, Session } from '../auth/AuthProvider';

export interface Answer {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}
export interface Call {
  operationName: string;
  variables: Record<string, unknown>;
}

/**
 * A real urql client whose fetch answers from `answer(operationName, variables)`: the screens' own queries and
 * mutations go through urql as in the app, and `calls` records what they sent.
 */
export function mockClient(answer: (call: Call) => Answer) {
  const calls: Call[] = [];
  const client = new Client({
    url: 'http://test/graphql',
    exchanges: [fetchExchange],
    requestPolicy: 'network-only',
    preferGetMethod: false,
    fetch: async (_input, init) => {
      const body = JSON.parse(String(init?.body ?? '{}')) as { operationName: string; variables?: Record<string, unknown> };
      const call = { operationName: body.operationName, variables: body.variables ?? {} };
      calls.push(call);
      return new Response(JSON.stringify(answer(call)), { headers: { 'Content-Type': 'application/json' } });
    },
  });
  return { client, calls };
}

export const sessionOf = (userId: string, roles: string[], teams: string[] = ['north']): Session => ({
  token: 'token', userId, name: userId, tenantId: 'demo', roles, teams,
});

/** A screen inside the providers the app gives it: urql, the session and a router at `path`. */
export function Providers({ client, session, path = '/', children }: { client: Client; session: Session; path?: string; children: ReactNode }) {
  const state = { session, auth: {} as AuthProvider, setSession: () => {} };
  return (
    <SessionContext.Provider value={state}>
      <Provider value={client}>
        <MemoryRouter initialEntries={[path]}>{children}</MemoryRouter>
      </Provider>
    </SessionContext.Provider>
  );
}
