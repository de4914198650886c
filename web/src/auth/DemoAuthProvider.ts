import { type AuthProvider, type Session, isExpired, sessionOf } from './AuthProvider';

export interface DemoUser {
  id: string;
  name: string;
  roles: string[];
  teams: string[];
  locale: string;
}

const STORAGE_KEY = 'onme.token';

/** The embedded stack's sign-in: the gateway lists the demo users and signs a token for the chosen one. */
export class DemoAuthProvider implements AuthProvider {
  readonly kind = 'demo' as const;

  current(): Session | null {
    const token = this.getToken();
    return token ? sessionOf(token) : null;
  }

  async users(): Promise<DemoUser[]> {
    const response = await fetch('/demo-sign-in/users', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`demo sign-in unavailable (${response.status})`);
    return (await response.json()) as DemoUser[];
  }

  async signIn(userId?: string): Promise<Session> {
    const response = await fetch('/demo-sign-in/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ user: userId }),
    });
    if (!response.ok) throw new Error(`sign-in refused (${response.status})`);
    const { token } = (await response.json()) as { token: string };
    localStorage.setItem(STORAGE_KEY, token);
    return sessionOf(token);
  }

  async signOut(): Promise<void> {
    localStorage.removeItem(STORAGE_KEY);
  }

  getToken(): string | null {
    const token = localStorage.getItem(STORAGE_KEY);
    if (!token) return null;
    try {
      return isExpired(token) ? null : token;
    } catch {
      return null;
    }
  }
}
