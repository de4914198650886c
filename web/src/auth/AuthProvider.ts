/**
 * How the app signs a user in: the embedded stack's DemoAuthProvider, or OidcAuthProvider at an identity provider
 * (Keycloak), as the gateway's /auth-config.json says (createAuthProvider). Only the sign-in screen tells them apart.
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
  /** 'demo': the sign-in screen lists users to choose from; 'oidc': signIn() leaves for the provider's login page. */
  readonly kind: 'demo' | 'oidc';
  /** The session kept from an earlier visit, or null. */
  current(): Session | null;
  /** Starts a sign-in; the demo provider takes the chosen user id, the OIDC one redirects (and never settles). */
  signIn(userId?: string): Promise<Session>;
  signOut(): Promise<void>;
  /** The bearer token for /graphql, or null when signed out (or expired). */
  getToken(): string | null;
  /** Told when the session changes by itself (a renewed token, an ended session); answers the unsubscribe. */
  subscribe?(listener: (session: Session | null) => void): () => void;
  /** Why the last sign-in did not finish (the OIDC callback failed), or null. */
  lastFailure?(): string | null;
}

/** The claims of a JWT (no verification: the gateway verifies; this only reads the name, roles and locale). */
export function readClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

/** The session of a bearer token, from its claims (or from claims given, when the token itself is opaque). */
export function sessionOf(token: string, claims: Record<string, unknown> = readClaims(token)): Session {
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
