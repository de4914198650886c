import { Client, cacheExchange, fetchExchange } from 'urql';
import type { AuthProvider } from '../auth/AuthProvider';

/** The one back end: the gateway's /graphql on the app's own origin (no CORS), with the caller's bearer token. */
export function createClient(auth: AuthProvider, onUnauthenticated: () => void): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    requestPolicy: 'cache-and-network',
    // POST always: urql's default sends queries as GET, which the gateway's GET handling refuses ("Unknown operation
    // named ...") when operationName comes with the query; POST is also never cached by a proxy
    preferGetMethod: false,
    fetchOptions: () => {
      const token = auth.getToken();
      const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
      return { headers };
    },
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      if (response.status === 401) onUnauthenticated();
      return response;
    },
  });
}
