import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './i18n';
import { App } from './App';
import { loadAuthConfig } from './auth/authConfig';
import { createAuthProvider } from './auth/createAuthProvider';
import './styles.css';

// The sign-in the gateway configures (demo, or OIDC at the identity provider), settled before the first render:
// on /callback that finishes a sign-in
void Promise.all([i18nReady, loadAuthConfig().then(createAuthProvider)]).then(([, auth]) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App auth={auth} />
    </StrictMode>,
  );
});
