import { UserManager, type User, type UserManagerSettings } from 'oidc-client-ts';
import { type AuthProvider, type Session, sessionOf } from './AuthProvider';

/** What the gateway's /auth-config.json says of the identity provider. */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  scope?: string;
}

/** Where the identity provider sends the browser back with the authorization code. */
export const CALLBACK_PATH = '/callback';
/** Where it sends the browser after signing out: the app shows "signed out" there instead of signing in again. */
export const SIGNED_OUT_PATH = '/signed-out';

/**
 * The library's settings: authorization code with PKCE (S256, oidc-client-ts's only code flow) for the public client,
 * the access token renewed with the refresh token a minute before it expires (Keycloak's live 5 minutes), no
 * iframe, no user-info call (the claims are in the tokens). The user is kept in sessionStorage, the library's
 * default: one tab's sign-in, gone with the tab, and out of reach of other tabs' scripts after it closes.
 */
export function userManagerSettings(config: OidcConfig, origin: string): UserManagerSettings {
  return {
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: origin + CALLBACK_PATH,
    post_logout_redirect_uri: origin + SIGNED_OUT_PATH,
    response_type: 'code',
    scope: config.scope ?? 'openid',
    automaticSilentRenew: true,
    accessTokenExpiringNotificationTimeInSeconds: 60,
    loadUserInfo: false,
    monitorSession: false,
  };
}

/** The part of oidc-client-ts's UserManager the provider uses (a fake one in the tests). */
export interface OidcUserManager {
  getUser(): Promise<User | null>;
  signinRedirect(args?: { ui_locales?: string; state?: unknown }): Promise<void>;
  signinRedirectCallback(url?: string): Promise<User>;
  signoutRedirect(): Promise<void>;
  removeUser(): Promise<void>;
  events: {
    addUserLoaded(callback: (user: User) => void): unknown;
    addUserUnloaded(callback: () => void): unknown;
    addAccessTokenExpired(callback: () => void): unknown;
    addSilentRenewError(callback: (error: Error) => void): unknown;
  };
}

/** Where to go once signed in: kept in the sign-in request's state, so a deep link survives the trip. */
interface SignInState {
  returnTo: string;
}

/**
 * Sign-in at an OpenID Connect provider (Keycloak's realm onme, or any other with the same claims):
 * signIn() leaves for the provider's login page, the provider comes back to /callback, start() finishes there.
 * The session is read from the access token's claims, the same ones the services read (sub, tid, groups, teams,
 * name, locale); it changes when the token is renewed and ends when renewal fails.
 */
export class OidcAuthProvider implements AuthProvider {
  readonly kind = 'oidc' as const;
  private user: User | null = null;
  private session: Session | null = null;
  private failure: string | null = null;
  private signingOut = false;
  private readonly listeners = new Set<(session: Session | null) => void>();

  constructor(
    private readonly manager: OidcUserManager,
    /** The language the provider's login page should speak (ui_locales), asked at each sign-in. */
    private readonly language: () => string | undefined = () => undefined,
  ) {
    manager.events.addUserLoaded((user) => this.use(user));
    // signing out unloads the user before the page leaves for the provider: the app must not show the sign-in
    // (which would go straight to the login page) and race the end-session redirect
    manager.events.addUserUnloaded(() => this.use(null, !this.signingOut));
    // renewal failed (the provider's session ended, the refresh token expired): the app shows the sign-in
    manager.events.addAccessTokenExpired(() => this.use(null));
    manager.events.addSilentRenewError(() => {
      if (this.user?.expired !== false) this.use(null);
    });
  }

  static create(config: OidcConfig, language?: () => string | undefined): OidcAuthProvider {
    return new OidcAuthProvider(new UserManager(userManagerSettings(config, window.location.origin)), language);
  }

  /**
   * Call once before the app renders. On /callback it exchanges the code (PKCE verifier and state from this
   * tab's storage) and answers the path to show; elsewhere it takes up the user kept in this tab, if any.
   */
  async start(url: string = window.location.href): Promise<{ path?: string }> {
    if (new URL(url).pathname === CALLBACK_PATH) {
      try {
        const user = await this.manager.signinRedirectCallback(url);
        this.use(user);
        const returnTo = (user.state as SignInState | undefined)?.returnTo;
        return { path: returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/journal' };
      } catch (error) {
        // a stale or replayed callback, or the provider refused: the sign-in screen says so and offers to retry
        this.failure = error instanceof Error ? error.message : String(error);
        return { path: '/' };
      }
    }
    this.use(await this.manager.getUser());
    return {};
  }

  current(): Session | null {
    return this.user && this.user.expired !== true ? this.session : null;
  }

  /** Why the last sign-in did not finish, or null. */
  lastFailure(): string | null {
    return this.failure;
  }

  /** Leaves for the provider's login page; the promise does not settle (the page goes away). */
  async signIn(): Promise<Session> {
    this.failure = null;
    const path = window.location.pathname;
    const state: SignInState = { returnTo: path === CALLBACK_PATH || path === SIGNED_OUT_PATH ? '/journal' : path };
    await this.manager.signinRedirect({ ui_locales: this.language(), state });
    return new Promise<Session>(() => {});
  }

  /** Ends the session at the provider too (its end-session endpoint), which sends the browser to /signed-out. */
  async signOut(): Promise<void> {
    this.signingOut = true;
    try {
      await this.manager.signoutRedirect();
    } catch {
      // the provider cannot be reached: at least this tab forgets the tokens
      this.signingOut = false;
      await this.manager.removeUser();
      this.use(null);
      return;
    }
    await new Promise<void>(() => {});
  }

  getToken(): string | null {
    return this.current()?.token ?? null;
  }

  subscribe(listener: (session: Session | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private use(user: User | null, notify = true) {
    this.user = user;
    this.session = user ? sessionOfUser(user) : null;
    const session = this.current();
    if (notify) this.listeners.forEach((listener) => listener(session));
  }
}

/** The access token's claims (what the services read); the ID token's if a provider's access token is opaque. */
function sessionOfUser(user: User): Session {
  try {
    return sessionOf(user.access_token);
  } catch {
    return sessionOf(user.access_token, user.profile as Record<string, unknown>);
  }
}
