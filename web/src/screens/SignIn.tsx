import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useSession } from '../auth/session';
import { DemoAuthProvider, type DemoUser } from '../auth/DemoAuthProvider';
import { chooseLanguage, LANGUAGES } from '../i18n';

/** Where the identity provider sends the browser after signing out (OidcAuthProvider.SIGNED_OUT_PATH). */
const SIGNED_OUT_PATH = '/signed-out';

export function SignIn() {
  const { t, i18n } = useTranslation();
  const { auth } = useSession();

  return (
    <main id="main" className="sign-in">
      <h1>{t('signIn.title')}</h1>
      {auth.kind === 'oidc' ? <OidcSignIn /> : <DemoSignIn />}
      <label>
        {t('app.language')}{' '}
        <select name="language" value={i18n.language} onChange={(event) => void chooseLanguage(event.target.value as 'he' | 'en')}>
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {t(`enum.Language.${language.toUpperCase()}`)}
            </option>
          ))}
        </select>
      </label>
    </main>
  );
}

/**
 * The identity provider's login page: the app goes there at once, except right after signing out (the person
 * chose to leave) or when the last sign-in failed (to not loop); then a button.
 */
function OidcSignIn() {
  const { t } = useTranslation();
  const { auth } = useSession();
  const { pathname } = useLocation();
  const signedOut = pathname === SIGNED_OUT_PATH;
  const failed = auth.lastFailure?.() != null;
  const [leaving, setLeaving] = useState(!signedOut && !failed);
  const started = useRef(false);

  useEffect(() => {
    // once: React's development double effect must not start two sign-ins
    if (leaving && !started.current) {
      started.current = true;
      auth.signIn().catch(() => setLeaving(false));
    }
  }, [auth, leaving]);

  return (
    <>
      {signedOut && <p role="status">{t('signIn.signedOut')}</p>}
      {failed && <p role="alert">{t('signIn.failed')}</p>}
      {leaving ? (
        <p role="status">{t('signIn.redirecting')}</p>
      ) : (
        <>
          <p>{t('signIn.oidcIntro')}</p>
          <button type="button" data-sign-in="oidc" onClick={() => setLeaving(true)}>
            {t('signIn.continue')}
          </button>
        </>
      )}
    </>
  );
}

function DemoSignIn() {
  const { t } = useTranslation();
  const { auth, setSession } = useSession();
  const [users, setUsers] = useState<DemoUser[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (auth instanceof DemoAuthProvider) auth.users().then(setUsers, () => setFailed(true));
  }, [auth]);

  return (
    <>
      <p>{t('signIn.intro')}</p>
      {failed && <p role="alert">{t('signIn.unavailable')}</p>}
      {users === null && !failed && <p role="status">{t('app.loading')}</p>}
      <ul className="users">
        {users?.map((user) => (
          <li key={user.id}>
            <button type="button" data-user={user.id} onClick={() => void auth.signIn(user.id).then(setSession, () => setFailed(true))}>
              <strong>{t('signIn.as', { name: user.name })}</strong>
              <span>
                {user.roles.map((role) => t(`signIn.roles.${role}`)).join(', ')}
                {user.teams.length > 0 && <> · {t('signIn.teams', { teams: user.teams.join(', ') })}</>}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
