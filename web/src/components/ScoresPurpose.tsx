import { useState } from 'react';
import { useTranslation } from 'react-i18next';

// remembered on the device, like the language: the notice is for the first reading a rep meets, not every one
const DISMISSED = 'onme.scoresPurpose.dismissed';

/** "What the scores are for", always reachable (the profile page keeps it one tap away). */
export function ScoresPurpose() {
  const { t } = useTranslation();
  return (
    <details className="purpose">
      <summary>{t('purpose.title')}</summary>
      <p>{t('purpose.text')}</p>
    </details>
  );
}

/** The same text where a rep first meets a score, until they dismiss it on this device. */
export function ScoresPurposeNotice() {
  const { t } = useTranslation();
  const [hidden, setHidden] = useState(() => localStorage.getItem(DISMISSED) === 'yes');
  if (hidden) return null;
  return (
    <section className="purpose notice" aria-labelledby="purpose-heading">
      <h2 id="purpose-heading">{t('purpose.title')}</h2>
      <p>{t('purpose.text')}</p>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          localStorage.setItem(DISMISSED, 'yes');
          setHidden(true);
        }}
      >
        {t('purpose.dismiss')}
      </button>
    </section>
  );
}
