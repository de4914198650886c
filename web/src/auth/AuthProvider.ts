/**
 * How the app signs a user in. The embedded stack's DemoAuthProvider is one implementation; an OIDC one
 * (Keycloak) plugs in behind the same interface, and nothing else in the app knows which is used.
 */
export interface Session {
  token: string;
  userId: string;
  name: string;
  tenantId: string;
  roles: string[];
  teams: string[];
  /** The `locale` claim ("he", "en", "he-IL"), if the token has one. */
  locale?: string;
}

export interface AuthProvider {
  /** The session kept from an earlier visit, or null. */
  current(): Session | null;
  /** Starts a sign-in; the demo provider takes the chosen user id, an OIDC one would redirect. */
  signIn(userId?: string): Promise<Session>;
  signOut(): Promise<void>;
  /** The bearer token for /graphql, or null when signed out (or expired). */
  getToken(): string | null;
}

/** The claims of a JWT (no verification: the gateway verifies; this only reads the name, roles and locale). */
export function readClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

export function sessionOf(token: string): Session {
  const claims = readClaims(token);
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  return {
    token,
    userId: String(claims.sub ?? ''),
    name: String(claims.name ?? claims.sub ?? ''),
    tenantId: String(claims.tid ?? ''),
    roles: list(claims.groups).map((role) => role.toLowerCase()),
    teams: list(claims.teams),
    locale: typeof claims.locale === 'string' ? claims.locale : undefined,
  };
}

export function isExpired(token: string, now = Date.now()): boolean {
  const exp = Number(readClaims(token).exp ?? 0);
  return exp * 1000 <= now;
}
