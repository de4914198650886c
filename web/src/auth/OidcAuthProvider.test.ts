import { afterEach, describe, expect, it, vi } from 'vitest';
import { User, UserManager } from 'oidc-client-ts';
import type { Session } from './AuthProvider';
import { CALLBACK_PATH, OidcAuthProvider, type OidcUserManager, SIGNED_OUT_PATH, userManagerSettings } from './OidcAuthProvider';

const ISSUER = 'http://localhost:8180/realms/onme';

const base64Url = (value: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(value))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const jwt = (claims: object) => `${base64Url('{"alg":"RS256","kid":"k1"}')}.${base64Url(JSON.stringify(claims))}.signature`;

/** An access token as the realm issues it: the claims the services read. */
const accessToken = (claims: object = {}) =>
  jwt({
    iss: ISSUER,
    sub: 'dana',
    tid: 'demo',
    name: 'דנה לוי',
    groups: ['rep'],
    teams: ['north'],
    locale: 'he',
    aud: 'onme',
    exp: Math.floor(Date.now() / 1000) + 300,
    ...claims,
  });

const user = (token = accessToken(), expiresIn = 300, state?: unknown) =>
  new User({
    access_token: token,
    id_token: jwt({ sub: 'dana' }),
    refresh_token: 'refresh-1',
    token_type: 'Bearer',
    profile: { sub: 'dana', iss: ISSUER, aud: 'onme-web', exp: 0, iat: 0 },
    expires_at: Math.floor(Date.now() / 1000) + expiresIn,
    userState: state,
  });

/** oidc-client-ts's UserManager as the provider sees it: calls recorded, events raised by the test. */
class FakeUserManager implements OidcUserManager {
  kept: User | null = null;
  callback: (url?: string) => Promise<User> = () => Promise.reject(new Error('no callback expected'));
  readonly signinRedirect = vi.fn(async (_args?: { ui_locales?: string; state?: unknown }) => {});
  readonly signoutRedirect = vi.fn(async () => {});
  readonly removeUser = vi.fn(async () => {});
  private readonly handlers: Record<string, ((value?: unknown) => void)[]> = {};
  readonly events = {
    addUserLoaded: (callback: (user: User) => void) => this.on('loaded', callback as (value?: unknown) => void),
    addUserUnloaded: (callback: () => void) => this.on('unloaded', callback),
    addAccessTokenExpired: (callback: () => void) => this.on('expired', callback),
    addSilentRenewError: (callback: (error: Error) => void) => this.on('renewError', callback as (value?: unknown) => void),
  };

  async getUser() {
    return this.kept;
  }

  signinRedirectCallback(url?: string) {
    return this.callback(url);
  }

  raise(event: 'loaded' | 'unloaded' | 'expired' | 'renewError', value?: unknown) {
    (this.handlers[event] ?? []).forEach((handler) => handler(value));
  }

  private on(event: string, handler: (value?: unknown) => void) {
    (this.handlers[event] ??= []).push(handler);
  }
}

const settles = (promise: Promise<unknown>) =>
  Promise.race([promise.then(() => true, () => true), new Promise((resolve) => setTimeout(() => resolve(false), 20))]);

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
  sessionStorage.clear();
});

describe('OidcAuthProvider', () => {
  it('reads the session from the access token the services read, in Hebrew', async () => {
    const manager = new FakeUserManager();
    manager.kept = user();
    const auth = new OidcAuthProvider(manager);
    expect(await auth.start('http://localhost/journal')).toEqual({});
    expect(auth.current()).toMatchObject({
      userId: 'dana',
      tenantId: 'demo',
      name: 'דנה לוי',
      roles: ['rep'],
      teams: ['north'],
      locale: 'he',
    });
    expect(auth.getToken()).toBe(manager.kept.access_token);
    expect(auth.kind).toBe('oidc');
  });

  it('has no session before signing in, nor with an expired token', async () => {
    const none = new OidcAuthProvider(new FakeUserManager());
    await none.start('http://localhost/');
    expect(none.current()).toBeNull();
    expect(none.getToken()).toBeNull();

    const manager = new FakeUserManager();
    manager.kept = user(accessToken(), -10);
    const expired = new OidcAuthProvider(manager);
    await expired.start('http://localhost/');
    expect(expired.current()).toBeNull();
    expect(expired.getToken()).toBeNull();
  });

  it('signs in by redirecting to the login page in the chosen language, keeping where the user was', async () => {
    const manager = new FakeUserManager();
    const auth = new OidcAuthProvider(manager, () => 'he');
    window.history.replaceState(null, '', '/encounters/42');
    const signingIn = auth.signIn();
    expect(await settles(signingIn)).toBe(false); // the page leaves for the provider
    expect(manager.signinRedirect).toHaveBeenCalledWith({ ui_locales: 'he', state: { returnTo: '/encounters/42' } });
  });

  it('after signing out, signing in again lands on the journal', async () => {
    const manager = new FakeUserManager();
    const auth = new OidcAuthProvider(manager, () => 'en');
    window.history.replaceState(null, '', SIGNED_OUT_PATH);
    void auth.signIn();
    await Promise.resolve();
    expect(manager.signinRedirect).toHaveBeenCalledWith({ ui_locales: 'en', state: { returnTo: '/journal' } });
  });

  it('finishes the sign-in on the callback and goes where the user was', async () => {
    const manager = new FakeUserManager();
    const url = `http://localhost${CALLBACK_PATH}?code=abc&state=s1`;
    manager.callback = vi.fn(async () => user(accessToken({ sub: 'avi', groups: ['coach'], teams: ['north', 'south'], locale: 'en', name: 'Avi Peretz' }), 300, { returnTo: '/reps/dana' }));
    const auth = new OidcAuthProvider(manager);
    const seen: (Session | null)[] = [];
    auth.subscribe((session) => seen.push(session));

    expect(await auth.start(url)).toEqual({ path: '/reps/dana' });
    expect(manager.callback).toHaveBeenCalledWith(url);
    expect(auth.current()).toMatchObject({ userId: 'avi', roles: ['coach'], teams: ['north', 'south'], locale: 'en' });
    expect(seen.map((session) => session?.userId)).toEqual(['avi']);
    expect(auth.lastFailure()).toBeNull();
  });

  it('never follows a returnTo off the app', async () => {
    const manager = new FakeUserManager();
    manager.callback = async () => user(accessToken(), 300, { returnTo: '//evil.example/x' });
    const auth = new OidcAuthProvider(manager);
    expect(await auth.start(`http://localhost${CALLBACK_PATH}?code=abc&state=s1`)).toEqual({ path: '/journal' });
  });

  it('says why when the callback cannot be finished, signed out', async () => {
    const manager = new FakeUserManager();
    manager.callback = async () => {
      throw new Error('No matching state found in storage');
    };
    const auth = new OidcAuthProvider(manager);
    expect(await auth.start(`http://localhost${CALLBACK_PATH}?code=old&state=gone`)).toEqual({ path: '/' });
    expect(auth.current()).toBeNull();
    expect(auth.lastFailure()).toMatch(/state/);
  });

  it('takes up a renewed token, and ends the session when renewal fails', async () => {
    const manager = new FakeUserManager();
    manager.kept = user();
    const auth = new OidcAuthProvider(manager);
    await auth.start('http://localhost/journal');
    const seen: (Session | null)[] = [];
    auth.subscribe((session) => seen.push(session));

    const renewed = accessToken({ exp: Math.floor(Date.now() / 1000) + 600 });
    manager.raise('loaded', user(renewed));
    expect(auth.getToken()).toBe(renewed);
    expect(seen.at(-1)?.token).toBe(renewed);

    manager.raise('renewError', new Error('refresh token expired'));
    expect(auth.getToken()).toBe(renewed); // still valid: nothing ends yet
    manager.raise('expired');
    expect(auth.getToken()).toBeNull();
    expect(seen.at(-1)).toBeNull();
  });

  it('signs out at the provider (end session) without showing the sign-in on the way', async () => {
    const manager = new FakeUserManager();
    manager.kept = user();
    const auth = new OidcAuthProvider(manager);
    await auth.start('http://localhost/journal');
    const seen: (Session | null)[] = [];
    auth.subscribe((session) => seen.push(session));
    // as the library does: the user is removed (and unloaded) before the page leaves for the end-session endpoint
    manager.signoutRedirect.mockImplementationOnce(async () => {
      manager.raise('unloaded');
      await new Promise(() => {});
    });
    expect(await settles(auth.signOut())).toBe(false);
    expect(manager.signoutRedirect).toHaveBeenCalledTimes(1);
    expect(auth.getToken()).toBeNull();
    expect(seen).toEqual([]); // a sign-in screen now would go to the login page and race the sign-out
  });

  it('forgets the tokens when the provider cannot be reached to sign out', async () => {
    const manager = new FakeUserManager();
    manager.kept = user();
    const auth = new OidcAuthProvider(manager);
    await auth.start('http://localhost/journal');
    const seen: (Session | null)[] = [];
    auth.subscribe((session) => seen.push(session));
    manager.signoutRedirect.mockRejectedValueOnce(new Error('offline'));
    await auth.signOut();
    expect(manager.removeUser).toHaveBeenCalledTimes(1);
    expect(auth.getToken()).toBeNull();
    expect(seen).toEqual([null]);
  });
});

describe('userManagerSettings', () => {
  it('asks for the authorization code with PKCE, back to this origin, renewing before expiry', () => {
    const settings = userManagerSettings({ issuer: ISSUER, clientId: 'onme-web' }, 'http://localhost:8080');
    expect(settings).toMatchObject({
      authority: ISSUER,
      client_id: 'onme-web',
      response_type: 'code',
      scope: 'openid',
      redirect_uri: 'http://localhost:8080/callback',
      post_logout_redirect_uri: 'http://localhost:8080/signed-out',
      automaticSilentRenew: true,
      accessTokenExpiringNotificationTimeInSeconds: 60,
    });
  });
});

describe('OidcAuthProvider with the real oidc-client-ts', () => {
  const discovery = {
    issuer: ISSUER,
    authorization_endpoint: `${ISSUER}/protocol/openid-connect/auth`,
    token_endpoint: `${ISSUER}/protocol/openid-connect/token`,
    end_session_endpoint: `${ISSUER}/protocol/openid-connect/logout`,
    jwks_uri: `${ISSUER}/protocol/openid-connect/certs`,
  };

  it('renews the access token with the refresh token grant at the token endpoint', async () => {
    const renewed = accessToken({ exp: Math.floor(Date.now() / 1000) + 600 });
    const requests: { url: string; body: string }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = String(input);
        requests.push({ url, body: String(init?.body ?? '') });
        const body = url.endsWith('/.well-known/openid-configuration')
          ? discovery
          : { access_token: renewed, refresh_token: 'refresh-2', token_type: 'Bearer', expires_in: 300 };
        return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
      }),
    );
    const manager = new UserManager({ ...userManagerSettings({ issuer: ISSUER, clientId: 'onme-web' }, 'http://localhost'), automaticSilentRenew: false });
    await manager.storeUser(user());
    const auth = new OidcAuthProvider(manager);
    await auth.start('http://localhost/journal');
    expect(auth.current()?.userId).toBe('dana');

    await manager.signinSilent();

    const grant = new URLSearchParams(requests.find((request) => request.url === discovery.token_endpoint)!.body);
    expect(grant.get('grant_type')).toBe('refresh_token');
    expect(grant.get('refresh_token')).toBe('refresh-1');
    expect(grant.get('client_id')).toBe('onme-web');
    expect(auth.getToken()).toBe(renewed);
  });
});
