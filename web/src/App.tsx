import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { useTranslation } from 'react-i18next';
import type { AuthProvider, Session } from './auth/AuthProvider';
import { SessionContext } from './auth/session';
import { createClient } from './api/client';
import { chooseLanguage, initialLanguage } from './i18n';
import { Layout } from './components/Layout';
import { SignIn } from './screens/SignIn';
import { Journal } from './screens/Journal';
import { useQueueFlushing } from './offline/useQueue';

// Charts and coach screens load on demand: the rep's journal stays small on a phone.
// the journal is the first screen (its JavaScript comes with the app); the others load when opened, and the service
// worker has precached them all, so they open offline too
const LogEncounterScreen = lazy(() => import('./screens/LogEncounter').then((module) => ({ default: module.LogEncounterScreen })));
const EncounterPage = lazy(() => import('./screens/EncounterPage').then((module) => ({ default: module.EncounterPage })));
const Profile = lazy(() => import('./screens/Profile'));
const Coach = lazy(() => import('./screens/Coach'));
const Playbooks = lazy(() => import('./screens/Playbooks'));
const PlaybookPage = lazy(() => import('./screens/PlaybookPage'));
const PlaybookEditor = lazy(() => import('./screens/PlaybookEditor'));
const ReviewQueue = lazy(() => import('./screens/ReviewQueue'));
const Admin = lazy(() => import('./screens/admin/Admin'));

export function App({ auth }: { auth: AuthProvider }) {
  const [session, setSession] = useState<Session | null>(() => auth.current());
  // a new client (and cache) for another user; a renewed token needs none, each request asks auth for the token
  const client = useMemo(() => createClient(auth, () => setSession(null)), [auth, session?.userId]);
  useEffect(() => auth.subscribe?.(setSession), [auth]);
  const { t } = useTranslation();

  useEffect(() => {
    if (session) void chooseLanguage(initialLanguage(session.locale), false);
  }, [session]);
  useQueueFlushing(session ? () => auth.getToken() : null);

  const state = useMemo(() => ({ session, auth, setSession }), [session, auth]);
  return (
    <SessionContext.Provider value={state}>
      <UrqlProvider value={client}>
        <BrowserRouter>
          {session ? (
            <Layout>
              <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
                <Routes>
                  <Route path="/" element={<Navigate to="/journal" replace />} />
                  <Route path="/log" element={<LogEncounterScreen />} />
                  <Route path="/journal" element={<Journal />} />
                  <Route path="/encounters/:id" element={<EncounterPage />} />
                  <Route path="/profile" element={<Profile />} />
                  <Route path="/reps/:repId" element={<Profile />} />
                  <Route path="/coach" element={<Coach />} />
                  <Route path="/playbooks" element={<Playbooks />} />
                  <Route path="/playbooks/new" element={<PlaybookEditor />} />
                  <Route path="/playbooks/:id" element={<PlaybookPage />} />
                  <Route path="/playbooks/:id/edit" element={<PlaybookEditor />} />
                  <Route path="/review" element={<ReviewQueue />} />
                  <Route path="/admin/*" element={<Admin />} />
                  <Route path="*" element={<Navigate to="/journal" replace />} />
                </Routes>
              </Suspense>
            </Layout>
          ) : (
            <SignIn />
          )}
        </BrowserRouter>
      </UrqlProvider>
    </SessionContext.Provider>
  );
}
