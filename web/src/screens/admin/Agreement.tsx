import { useMemo, useState } from 'react';
import { useClient, useQuery, type CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { AnalyserAgreementQuery, Stance, Window } from '../../gql/graphql';
import { problemsOf } from '../../api/errors';
import { Problems } from '../../components/Problems';
import { LineChart } from '../../components/LineChart';
import { STANCES } from '../../components/ReviewForm';
import { download, today } from '../../components/download';
import { WINDOWS } from '../Profile';

export const AgreementFigures = graphql(`
  query AnalyserAgreement($window: Window) {
    analyserAgreement(window: $window) {
      language
      readings
      disputed
      confirmed
      corrected
      disputedShare
      confirmedShare
      correctedShare
      confusion { machine human count }
      trend { periodStart readings disputed confirmed corrected }
    }
  }
`);
export const CorrectionsExport = graphql(`
  query CorrectionsExport { correctionsExport }
`);

type LanguageFigures = AnalyserAgreementQuery['analyserAgreement'][number];

/** Per language: how often people dispute, confirm and correct the analyser, where it and they disagree, per week. */
export function Agreement() {
  const { t } = useTranslation();
  const [window, setWindow] = useState<Window>('LAST_90_DAYS');
  const [{ data, error, fetching }] = useQuery({ query: AgreementFigures, variables: { window } });
  const languages = data?.analyserAgreement ?? [];
  return (
    <>
      <h1>{t('admin.agreement.title')}</h1>
      <p>{t('admin.agreement.intro')}</p>
      <label className="inline">
        {t('profile.window')}
        <select value={window} onChange={(event) => setWindow(event.target.value as Window)}>
          {WINDOWS.map((value) => <option key={value} value={value}>{t(`enum.Window.${value}`)}</option>)}
        </select>
      </label>
      <Problems error={error} partial={!!data} />
      {fetching && !data && <p role="status">{t('app.loading')}</p>}
      {data && languages.every((one) => one.readings === 0) && <p>{t('admin.agreement.none')}</p>}
      {languages.filter((one) => one.readings > 0).map((figures) => <LanguageSection key={figures.language} figures={figures} />)}
      <CorrectionsDownload />
    </>
  );
}

function LanguageSection({ figures }: { figures: LanguageFigures }) {
  const { t, i18n } = useTranslation();
  const percent = (value: number | null | undefined) =>
    value == null ? '—' : new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }).format(value);
  const headingId = `agreement-${figures.language}`;
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { month: 'short', day: 'numeric' });
  const labels = useMemo(() => figures.trend.map((point) => dateFormat.format(new Date(point.periodStart))), [figures, i18n.language]);
  const shareOf = (count: number, of: number) => (of ? Math.round((count / of) * 1000) / 10 : null);
  const series = useMemo(
    () => [
      { label: t('admin.agreement.disputedShare'), values: figures.trend.map((point) => shareOf(point.disputed, point.readings)) },
      { label: t('admin.agreement.correctedShare'), values: figures.trend.map((point) => shareOf(point.corrected, point.readings)) },
    ],
    [figures, t],
  );
  const count = (machine: Stance, human: Stance) =>
    figures.confusion.find((cell) => cell.machine === machine && cell.human === human)?.count ?? 0;
  const rows: [string, number, number | null | undefined][] = [
    [t('admin.agreement.readings'), figures.readings, null],
    [t('admin.agreement.disputed'), figures.disputed, figures.disputedShare],
    [t('admin.agreement.confirmed'), figures.confirmed, figures.confirmedShare],
    [t('admin.agreement.corrected'), figures.corrected, figures.correctedShare],
  ];
  return (
    <section aria-labelledby={headingId} className="agreement">
      <h2 id={headingId}>{t(`enum.Language.${figures.language}`)}</h2>
      <h3>{t('admin.agreement.figures')}</h3>
      <table className="figures">
        <thead><tr><th scope="col">{t('admin.agreement.figure')}</th><th scope="col">{t('admin.agreement.count')}</th><th scope="col">{t('admin.agreement.share')}</th></tr></thead>
        <tbody>
          {rows.map(([name, value, share]) => (
            <tr key={name}><th scope="row">{name}</th><td>{value}</td><td>{share === null ? '' : percent(share)}</td></tr>
          ))}
        </tbody>
      </table>

      <h3>{t('admin.agreement.confusion')}</h3>
      <table className="confusion">
        <caption>{t('admin.agreement.confusionCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.agreement.machine')}</th>
            {STANCES.map((human) => <th key={human} scope="col">{t(`enum.Stance.${human}`)}</th>)}
          </tr>
        </thead>
        <tbody>
          {STANCES.map((machine) => (
            <tr key={machine}>
              <th scope="row">{t(`enum.Stance.${machine}`)}</th>
              {STANCES.map((human) => <td key={human} className={machine === human ? 'agree' : undefined}>{count(machine, human)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>

      {figures.trend.length > 0 && (
        <>
          <h3>{t('admin.agreement.trend')}</h3>
          <LineChart labels={labels} series={series} label={`${t('admin.agreement.trend')}: ${t(`enum.Language.${figures.language}`)}`} rtl={i18n.dir() === 'rtl'} />
          <details>
            <summary>{t('admin.agreement.trendTable')}</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('admin.agreement.week')}</th>
                  <th scope="col">{t('admin.agreement.readings')}</th>
                  <th scope="col">{t('admin.agreement.disputed')}</th>
                  <th scope="col">{t('admin.agreement.confirmed')}</th>
                  <th scope="col">{t('admin.agreement.corrected')}</th>
                </tr>
              </thead>
              <tbody>
                {figures.trend.map((point, index) => (
                  <tr key={point.periodStart}><th scope="row">{labels[index]}</th><td>{point.readings}</td><td>{point.disputed}</td><td>{point.confirmed}</td><td>{point.corrected}</td></tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}

/** The corrections as JSON Lines for the analyser's training: refused (FORBIDDEN) without the tenant's consent. */
function CorrectionsDownload() {
  const { t } = useTranslation();
  const client = useClient();
  const [error, setError] = useState<CombinedError | undefined>();
  const [busy, setBusy] = useState(false);
  async function fetchAndSave() {
    setBusy(true);
    const answer = await client.query(CorrectionsExport, {}, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    setError(answer.error);
    if (answer.data) download(`onme-corrections-${today()}.jsonl`, answer.data.correctionsExport, 'application/x-ndjson');
  }
  const noConsent = problemsOf(error).some((problem) => problem.code === 'FORBIDDEN');
  return (
    <section aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">{t('admin.corrections.title')}</h2>
      <p>{t('admin.corrections.intro')}</p>
      {noConsent ? <p className="problem" role="alert">{t('admin.corrections.noConsent')}</p> : <Problems error={error} />}
      <button type="button" className="secondary" disabled={busy} onClick={() => void fetchAndSave()}>{t('admin.corrections.download')}</button>
    </section>
  );
}
