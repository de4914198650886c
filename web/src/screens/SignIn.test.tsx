import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import i18n from '../i18n';
import { SessionContext } from '../auth/session';
import type { AuthProvider } from '../auth/AuthProvider';
import { SignIn } from './SignIn';

/** The OIDC provider as the sign-in screen sees it: signIn() leaves the page, so it never settles. */
const oidcAuth = (failure: string | null = null) => ({
  kind: 'oidc' as const,
  current: () => null,
  signIn: vi.fn(() => new Promise<never>(() => {})),
  signOut: vi.fn(async () => {}),
  getToken: () => null,
  lastFailure: () => failure,
});

const show = (auth: AuthProvider, path = '/') =>
  render(
    <SessionContext.Provider value={{ session: null, auth, setSession: () => {} }}>
      <MemoryRouter initialEntries={[path]}>
        <SignIn />
      </MemoryRouter>
    </SessionContext.Provider>,
  );

describe('SignIn with an identity provider', () => {
  it('goes to the login page at once, once', async () => {
    await i18n.changeLanguage('en');
    const auth = oidcAuth();
    show(auth, '/encounters/42');
    expect(await screen.findByText('Taking you to the sign-in page…')).toBeTruthy();
    expect(auth.signIn).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('list')).toBeNull(); // no demo users
  });

  it('after signing out says so and waits for the person to sign in again', async () => {
    await i18n.changeLanguage('he');
    const auth = oidcAuth();
    show(auth, '/signed-out');
    expect(screen.getByText('יצאתם מהמערכת.')).toBeTruthy();
    expect(auth.signIn).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'כניסה' }));
    expect(auth.signIn).toHaveBeenCalledTimes(1);
  });

  it('after a failed callback says so instead of going round again', async () => {
    await i18n.changeLanguage('en');
    const auth = oidcAuth('No matching state found in storage');
    show(auth, '/');
    expect(screen.getByRole('alert').textContent).toBe('Signing in did not finish. Please try again.');
    expect(auth.signIn).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });
});
