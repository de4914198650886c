import i18n from '../i18n';
import type { AuthProvider } from './AuthProvider';
import type { AuthConfig } from './authConfig';
import { DemoAuthProvider } from './DemoAuthProvider';

/**
 * The one place that picks the sign-in, from the gateway's configuration: OIDC at the identity provider
 * (loaded only then: the demo stack's bundle stays without it), else the embedded stack's demo sign-in (which
 * says "not available" where the gateway has none).
 */
export async function createAuthProvider(config: AuthConfig): Promise<AuthProvider> {
  if (config.mode !== 'oidc') return new DemoAuthProvider();
  const { OidcAuthProvider } = await import('./OidcAuthProvider');
  const auth = OidcAuthProvider.create(config, () => i18n.language);
  const { path } = await auth.start(window.location.href);
  // off /callback (the code and state must not stay in the address bar or the history) to where the user was
  if (path) window.history.replaceState(null, '', path);
  return auth;
}
