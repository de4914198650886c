import { describe, expect, it, vi } from 'vitest';
import { loadAuthConfig } from './authConfig';

const answer = (body: unknown, status = 200) =>
  vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));

describe('loadAuthConfig', () => {
  it('takes the OIDC issuer and client from the gateway', async () => {
    const fetchConfig = answer({ mode: 'oidc', issuer: 'http://localhost:8180/realms/onme', clientId: 'onme-web', scope: 'openid' });
    expect(await loadAuthConfig(fetchConfig)).toEqual({
      mode: 'oidc',
      issuer: 'http://localhost:8180/realms/onme',
      clientId: 'onme-web',
      scope: 'openid',
    });
    expect(fetchConfig).toHaveBeenCalledWith('/auth-config.json', expect.anything());
  });

  it('knows the demo sign-in and nothing else', async () => {
    expect(await loadAuthConfig(answer({ mode: 'demo' }))).toEqual({ mode: 'demo' });
    expect(await loadAuthConfig(answer({ mode: 'none' }))).toEqual({ mode: 'none' });
    expect(await loadAuthConfig(answer({ mode: 'oidc' }))).toEqual({ mode: 'none' });
  });

  it('starts offline with the last answer kept', async () => {
    await loadAuthConfig(answer({ mode: 'oidc', issuer: 'https://sso.example.com/realms/onme', clientId: 'onme-web' }));
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await loadAuthConfig(offline)).toMatchObject({ mode: 'oidc', issuer: 'https://sso.example.com/realms/onme' });
    localStorage.clear();
    expect(await loadAuthConfig(offline)).toEqual({ mode: 'none' });
    expect(await loadAuthConfig(answer({}, 500))).toEqual({ mode: 'none' });
  });
});
