import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { DemoAuthProvider, type DemoUser } from '../auth/DemoAuthProvider';
import { chooseLanguage, LANGUAGES } from '../i18n';

export function SignIn() {
  const { t, i18n } = useTranslation();
  const { auth, setSession } = useSession();
  const [users, setUsers] = useState<DemoUser[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (auth instanceof DemoAuthProvider) auth.users().then(setUsers, () => setFailed(true));
  }, [auth]);

  return (
    <main id="main" className="sign-in">
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
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
    </main>
  );
}
