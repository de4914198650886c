import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './i18n';
import { App } from './App';
import { DemoAuthProvider } from './auth/DemoAuthProvider';
import './styles.css';

// The one place that picks the sign-in: the embedded stack's demo provider (an OIDC provider replaces it here).
const auth = new DemoAuthProvider();

void i18nReady.then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App auth={auth} />
    </StrictMode>,
  );
});
