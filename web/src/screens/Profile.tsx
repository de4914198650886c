import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useClient, useQuery, type CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { Window } from '../gql/graphql';
import { Problems } from '../components/Problems';
import { LineChart } from '../components/LineChart';
import { Journal } from './Journal';
import { apiLanguage } from '../i18n';
import { ScoresPurpose } from '../components/ScoresPurpose';
import { download, today } from '../components/download';

export const RepProfileQuery = graphql(`
  query RepProfile($repId: ID, $window: Window, $language: Language) {
    archetypes { key name(language: $language) }
    repProfile(repId: $repId, window: $window) {
      rep { id displayName }
      entries
      ownershipIndex
      winRate
      stanceMix { stance share count }
      blameProfile { target share count }
      archetypeRange { coverage evenness archetypesWon }
      persistence { abandonmentRate encountersPerCustomer }
      trend { periodStart ownershipIndex entries }
    }
  }
`);

export const MyDataExport = graphql(`
  query MyDataExport { myDataExport }
`);

export const WINDOWS: Window[] = ['LAST_7_DAYS', 'LAST_30_DAYS', 'LAST_90_DAYS', 'LAST_365_DAYS', 'ALL_TIME'];

/** "What is this?": the definition of an indicator, one tap away. */
function Definition({ of }: { of: string }) {
  const { t } = useTranslation();
  return (
    <details>
      <summary>{t('profile.whatIs')}</summary>
      <p>{t(`profile.def.${of}`)}</p>
    </details>
  );
}

/** A rep's own profile, or (for a coach, at /reps/:repId) one of their reps', with that rep's journal below. */
export default function Profile() {
  const { repId } = useParams();
  const { t, i18n } = useTranslation();
  const [window, setWindow] = useState<Window>('LAST_90_DAYS');
  const [{ data, error, fetching }] = useQuery({ query: RepProfileQuery, variables: { repId: repId ?? null, window, language: apiLanguage(i18n.language) } });
  const profile = data?.repProfile;
  const percent = (value: number | null | undefined) =>
    value == null ? '—' : new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(value);
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { month: 'short', day: 'numeric' });
  const labels = useMemo(() => profile?.trend.map((point) => dateFormat.format(new Date(point.periodStart))) ?? [], [profile, i18n.language]);
  const series = useMemo(() => [{ label: t('profile.index'), values: profile?.trend.map((point) => point.ownershipIndex ?? null) ?? [] }], [profile, t]);

  return (
    <>
      <h1>{repId ? t('profile.repTitle', { name: profile?.rep.displayName ?? repId }) : t('profile.title')}</h1>
      <ScoresPurpose />
      <label className="inline">
        {t('profile.window')}
        <select value={window} onChange={(event) => setWindow(event.target.value as Window)}>
          {WINDOWS.map((value) => (
            <option key={value} value={value}>{t(`enum.Window.${value}`)}</option>
          ))}
        </select>
      </label>
      <Problems error={error} partial={!!profile} />
      {fetching && !profile && <p role="status">{t('app.loading')}</p>}
      {profile && (
        <>
          <dl className="facts big">
            <div><dt>{t('profile.index')}</dt><dd>{profile.ownershipIndex == null ? '—' : Math.round(profile.ownershipIndex)}</dd></div>
            <div><dt>{t('profile.entries')}</dt><dd>{profile.entries}</dd></div>
            <div><dt>{t('profile.winRate')}</dt><dd>{percent(profile.winRate)}</dd></div>
          </dl>
          <Definition of="index" />
          {profile.entries === 0 && <p>{t('profile.noData')}</p>}

          <h2>{t('profile.trend')}</h2>
          {profile.trend.length > 0 && <LineChart labels={labels} series={series} label={t('profile.trend')} rtl={i18n.dir() === 'rtl'} />}
          <details>
            <summary>{t('profile.trend')} — {t('coach.range')}</summary>
            <table>
              <thead><tr><th scope="col">{t('profile.window')}</th><th scope="col">{t('profile.index')}</th><th scope="col">{t('profile.entries')}</th></tr></thead>
              <tbody>
                {profile.trend.map((point, index) => (
                  <tr key={point.periodStart}><td>{labels[index]}</td><td>{point.ownershipIndex == null ? '—' : Math.round(point.ownershipIndex)}</td><td>{point.entries}</td></tr>
                ))}
              </tbody>
            </table>
          </details>

          <h2>{t('profile.stanceMix')}</h2>
          <Definition of="stanceMix" />
          <ul className="bars">
            {profile.stanceMix.map((share) => (
              <li key={share.stance}>
                <span className={`stance ${share.stance.toLowerCase()}`}>{t(`enum.Stance.${share.stance}`)}</span>
                <meter min={0} max={1} value={share.share} aria-label={t(`enum.Stance.${share.stance}`)} /> {percent(share.share)}
              </li>
            ))}
          </ul>

          <h2>{t('profile.blameProfile')}</h2>
          <Definition of="blameProfile" />
          <ul className="bars">
            {profile.blameProfile.map((share) => (
              <li key={share.target}>
                <span>{t(`enum.BlameTarget.${share.target}`)}</span>
                <meter min={0} max={1} value={share.share} aria-label={t(`enum.BlameTarget.${share.target}`)} /> {percent(share.share)}
              </li>
            ))}
          </ul>

          <h2>{t('profile.archetypeRange')}</h2>
          <Definition of="archetypeRange" />
          <dl className="facts">
            <div><dt>{t('profile.coverage')}</dt><dd>{percent(profile.archetypeRange.coverage)}</dd></div>
            <div><dt>{t('profile.evenness')}</dt><dd>{percent(profile.archetypeRange.evenness)}</dd></div>
            <div><dt>{t('profile.won')}</dt><dd>{profile.archetypeRange.archetypesWon.map((key) => data?.archetypes.find((item) => item.key === key)?.name ?? key).join(', ') || '—'}</dd></div>
          </dl>

          <h2>{t('profile.persistence')}</h2>
          <Definition of="persistence" />
          <dl className="facts">
            <div><dt>{t('profile.abandonment')}</dt><dd>{percent(profile.persistence.abandonmentRate)}</dd></div>
            <div><dt>{t('profile.perCustomer')}</dt><dd>{profile.persistence.encountersPerCustomer?.toFixed(1) ?? '—'}</dd></div>
          </dl>
        </>
      )}
      {!repId && <MyData />}
      {repId && (
        <>
          <h2>{t('journal.teamTitle')}</h2>
          <Journal repId={repId} heading={false} />
        </>
      )}
    </>
  );
}

/** "Download my data": everything OnMe keeps about the caller, as one JSON file. */
function MyData() {
  const { t } = useTranslation();
  const client = useClient();
  const [error, setError] = useState<CombinedError | undefined>();
  const [busy, setBusy] = useState(false);
  async function fetchAndSave() {
    setBusy(true);
    const answer = await client.query(MyDataExport, {}, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    setError(answer.error);
    if (answer.data) download(`onme-my-data-${today()}.json`, pretty(answer.data.myDataExport), 'application/json');
  }
  return (
    <section aria-labelledby="my-data-heading">
      <h2 id="my-data-heading">{t('myData.title')}</h2>
      <p>{t('myData.intro')}</p>
      <Problems error={error} />
      <button type="button" className="secondary" disabled={busy} onClick={() => void fetchAndSave()}>{t('myData.download')}</button>
    </section>
  );
}

/** The export indented for a person to read; as it came if it is not JSON. */
function pretty(json: string) {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}
