import { Navigate, NavLink, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isAdmin, useSession } from '../../auth/session';
import { Agreement } from './Agreement';
import { Analyser } from './Analyser';
import { Settings } from './Settings';
import { ErasureDetail, Erasures } from './Erasures';

/**
 * The tenant admin's screens: the analyser's agreement with people, its tenant phrases and the rescore, the tenant's
 * settings, erasures.
 */
export default function Admin() {
  const { t } = useTranslation();
  const { session } = useSession();
  if (!isAdmin(session)) {
    return (
      <>
        <h1>{t('admin.title')}</h1>
        <p role="alert">{t('admin.onlyAdmins')}</p>
      </>
    );
  }
  return (
    <>
      <nav className="sub" aria-label={t('admin.nav')}>
        <NavLink to="/admin/agreement">{t('admin.agreementNav')}</NavLink>
        <NavLink to="/admin/analyser">{t('admin.analyserNav')}</NavLink>
        <NavLink to="/admin/settings">{t('admin.settingsNav')}</NavLink>
        <NavLink to="/admin/erasures">{t('admin.erasuresNav')}</NavLink>
      </nav>
      <Routes>
        <Route index element={<Navigate to="agreement" replace />} />
        <Route path="agreement" element={<Agreement />} />
        <Route path="analyser" element={<Analyser />} />
        <Route path="settings" element={<Settings />} />
        <Route path="erasures" element={<Erasures />} />
        <Route path="erasures/:id" element={<ErasureDetail />} />
        <Route path="*" element={<Navigate to="agreement" replace />} />
      </Routes>
    </>
  );
}
