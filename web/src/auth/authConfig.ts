/** The sign-in the gateway configures, from its GET /auth-config.json (io.onme.gateway.web.WebSignIn). */
export type AuthConfig =
  | { mode: 'demo' }
  | { mode: 'oidc'; issuer: string; clientId: string; scope?: string }
  | { mode: 'none' };

const KEPT = 'onme.authConfig';

function parse(value: unknown): AuthConfig {
  const config = (value ?? {}) as Record<string, unknown>;
  if (config.mode === 'oidc' && typeof config.issuer === 'string' && typeof config.clientId === 'string') {
    return {
      mode: 'oidc',
      issuer: config.issuer,
      clientId: config.clientId,
      scope: typeof config.scope === 'string' ? config.scope : undefined,
    };
  }
  if (config.mode === 'demo') return { mode: 'demo' };
  return { mode: 'none' };
}

/**
 * Asks the gateway; the last answer is kept, so the app still starts (and finds its kept session) when it is
 * opened offline.
 */
export async function loadAuthConfig(fetchConfig: typeof fetch = fetch): Promise<AuthConfig> {
  try {
    const response = await fetchConfig('/auth-config.json', { headers: { Accept: 'application/json' }, cache: 'no-cache' });
    if (!response.ok) throw new Error(`auth-config.json: ${response.status}`);
    const config = parse(await response.json());
    localStorage.setItem(KEPT, JSON.stringify(config));
    return config;
  } catch {
    try {
      return parse(JSON.parse(localStorage.getItem(KEPT) ?? 'null'));
    } catch {
      return { mode: 'none' };
    }
  }
}
