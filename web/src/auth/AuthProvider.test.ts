import { describe, expect, it } from 'vitest';
import { isExpired, sessionOf } from './AuthProvider';

const base64Url = (value: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(value))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const token = (claims: object) => `${base64Url('{"alg":"RS256"}')}.${base64Url(JSON.stringify(claims))}.signature`;

describe('sessionOf', () => {
  it('reads the OnMe claims, a Hebrew name included', () => {
    const session = sessionOf(token({ sub: 'dana', tid: 'demo', name: 'דנה לוי', groups: ['REP'], teams: ['north'], locale: 'he', exp: 4e9 }));
    expect(session).toMatchObject({ userId: 'dana', tenantId: 'demo', name: 'דנה לוי', roles: ['rep'], teams: ['north'], locale: 'he' });
  });

  it('knows an expired token', () => {
    expect(isExpired(token({ exp: 1000 }))).toBe(true);
    expect(isExpired(token({ exp: Date.now() / 1000 + 60 }))).toBe(false);
  });
});
