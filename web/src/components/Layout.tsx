import { useEffect, useRef, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isAdmin, isCoach, useSession } from '../auth/session';
import { chooseLanguage, LANGUAGES } from '../i18n';
import { useOnline } from '../offline/useQueue';

export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { session, auth, setSession } = useSession();
  const online = useOnline();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  // after a navigation the focus goes to the new page's start (not on the first page): a keyboard or screen reader
  // user goes on from there, not from the link that is gone or from the top of the header
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    main.current?.focus({ preventScroll: true });
  }, [pathname]);
  return (
    <>
      <a className="skip" href="#main">{t('app.skip')}</a>
      <header className="top">
        <span className="brand">{t('app.name')}</span>
        <nav aria-label={t('app.mainNav')}>
          <NavLink to="/log">{t('nav.log')}</NavLink>
          <NavLink to="/journal">{t('nav.journal')}</NavLink>
          <NavLink to="/profile">{t('nav.profile')}</NavLink>
          <NavLink to="/playbooks">{t('nav.playbooks')}</NavLink>
          {isCoach(session) && <NavLink to="/coach">{t('nav.coach')}</NavLink>}
          {isCoach(session) && <NavLink to="/review">{t('nav.review')}</NavLink>}
          {isAdmin(session) && <NavLink to="/admin">{t('nav.admin')}</NavLink>}
        </nav>
        <div className="tools">
          <label>
            <span className="visually-hidden">{t('app.language')}</span>
            <select name="language" value={i18n.language} onChange={(event) => void chooseLanguage(event.target.value as 'he' | 'en')}>
              {LANGUAGES.map((language) => (
                <option key={language} value={language} lang={language}>
                  {t(`enum.Language.${language.toUpperCase()}`)}
                </option>
              ))}
            </select>
          </label>
          <span className="who">{session?.name}</span>
          <button type="button" className="link" onClick={() => void auth.signOut().then(() => setSession(null))}>
            {t('app.signOut')}
          </button>
        </div>
      </header>
      {!online && (
        <p className="banner" role="status">
          {t('app.offline')}
        </p>
      )}
      <main id="main" tabIndex={-1} ref={main}>
        {children}
      </main>
    </>
  );
}
