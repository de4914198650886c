import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { chooseLanguage, i18nReady, initialLanguage } from './i18n';
import { App } from './App';
import { loadAuthConfig } from './auth/authConfig';
import { createAuthProvider } from './auth/createAuthProvider';
import './styles.css';

// The sign-in the gateway configures (demo, or OIDC at the identity provider), settled before the first render:
// on /callback that finishes a sign-in
void Promise.all([i18nReady, loadAuthConfig().then(createAuthProvider)]).then(async ([, auth]) => {
  // a signed-in user's first frame is already in their language and direction (no English frame, then Hebrew)
  const session = auth.current();
  if (session) await chooseLanguage(initialLanguage(session.locale), false);
  // a transition: React renders the first screen in slices and keeps the page responsive meanwhile
  startTransition(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App auth={auth} />
      </StrictMode>,
    );
  });
});
