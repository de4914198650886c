import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { BlameTarget, Language, RescoreJobFieldsFragment, Stance, TenantPhraseInput } from '../../gql/graphql';
import { Problems } from '../../components/Problems';

export const TenantPhraseFields = graphql(`
  fragment TenantPhraseFields on TenantPhrase { id phrase language stance target createdBy createdAt }
`);
export const TenantPhrasesQuery = graphql(`
  query TenantPhrases { tenantPhrases { ...TenantPhraseFields } }
`);
export const AddTenantPhrase = graphql(`
  mutation AddTenantPhrase($input: TenantPhraseInput!) { addTenantPhrase(input: $input) { ...TenantPhraseFields } }
`);
export const RemoveTenantPhrase = graphql(`
  mutation RemoveTenantPhrase($id: ID!) { removeTenantPhrase(id: $id) }
`);
export const RescoreJobFields = graphql(`
  fragment RescoreJobFields on RescoreJob { id status targetVersion total processed rescored progress startedAt finishedAt error }
`);
export const StartRescore = graphql(`
  mutation StartRescore { startRescore { ...RescoreJobFields } }
`);
export const RescoreJobQuery = graphql(`
  query RescoreJob($id: ID!) { rescoreJob(id: $id) { ...RescoreJobFields } }
`);

export const STANCES: Stance[] = ['BLAME', 'MIXED', 'HELPLESS', 'OWNERSHIP', 'NEUTRAL'];
export const TARGETS: BlameTarget[] = ['CUSTOMER', 'MANAGEMENT', 'OPERATIONS', 'PRICE', 'MARKET', 'PRODUCT'];
const LANGUAGES: Language[] = ['HE', 'EN'];
/** scoring-service's limit, in characters (code points). */
export const MAX_PHRASE = 200;
/** Where the job being followed is kept, so a reload of the page goes on following it. */
export const RESCORE_JOB_KEY = 'onme.rescoreJob';

const namesTarget = (stance: Stance) => stance === 'BLAME' || stance === 'MIXED';
const lengthOf = (text: string) => [...text].length;

/** Adds a phrase: the words, their language, the stance they show and, for blame, whom they blame. */
export function PhraseForm({ onAdd }: { onAdd: (input: TenantPhraseInput) => Promise<{ error?: CombinedError }> }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [phrase, setPhrase] = useState('');
  const [language, setLanguage] = useState<Language>(i18n.language === 'he' ? 'HE' : 'EN');
  const [stance, setStance] = useState<Stance>('BLAME');
  const [target, setTarget] = useState<BlameTarget | ''>('');
  const [problem, setProblem] = useState<'required' | 'tooLong' | null>(null);
  const [error, setError] = useState<CombinedError | undefined>();
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const phraseInput = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const text = phrase.trim();
    const found = !text ? 'required' : lengthOf(text) > MAX_PHRASE ? 'tooLong' : null;
    setProblem(found);
    setAdded(null);
    if (found) {
      phraseInput.current?.focus();
      return;
    }
    setBusy(true);
    const answer = await onAdd({ phrase: text, language, stance, target: namesTarget(stance) && target ? target : null });
    setBusy(false);
    setError(answer.error);
    if (!answer.error) {
      setAdded(text);
      setPhrase('');
      phraseInput.current?.focus();
    }
  }

  return (
    <form className="log" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('admin.analyser.addTitle')}</h2>
      <label>
        {t('admin.analyser.phrase')}
        <input
          ref={phraseInput}
          name="phrase"
          value={phrase}
          dir="auto"
          lang={language.toLowerCase()}
          autoComplete="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-phrase-hint${problem ? ` ${id}-phrase-problem` : ''}`}
          onChange={(event) => {
            setPhrase(event.target.value);
            setAdded(null);
          }}
        />
      </label>
      <small id={`${id}-phrase-hint`}>{t('admin.analyser.phraseHint', { count: lengthOf(phrase.trim()), max: MAX_PHRASE })}</small>
      {problem && <p id={`${id}-phrase-problem`} className="problem" role="alert">{t(`admin.analyser.${problem}`, { max: MAX_PHRASE })}</p>}
      <div className="row">
        <label>
          {t('admin.analyser.language')}
          <select name="phraseLanguage" value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
            {LANGUAGES.map((value) => <option key={value} value={value}>{t(`enum.Language.${value}`)}</option>)}
          </select>
        </label>
        <label>
          {t('admin.analyser.stance')}
          <select name="stance" value={stance} onChange={(event) => setStance(event.target.value as Stance)}>
            {STANCES.map((value) => <option key={value} value={value}>{t(`enum.Stance.${value}`)}</option>)}
          </select>
        </label>
        <label>
          {t('admin.analyser.target')}
          <select
            name="target"
            value={namesTarget(stance) ? target : ''}
            disabled={!namesTarget(stance)}
            aria-describedby={`${id}-target-hint`}
            onChange={(event) => setTarget(event.target.value as BlameTarget | '')}
          >
            <option value="">{t('admin.analyser.noTarget')}</option>
            {TARGETS.map((value) => <option key={value} value={value}>{t(`enum.BlameTarget.${value}`)}</option>)}
          </select>
        </label>
      </div>
      <small id={`${id}-target-hint`}>{t('admin.analyser.targetHint')}</small>
      <Problems error={error} messages={{ CONFLICT: t('admin.analyser.duplicate') }} />
      {added && <p role="status">{t('admin.analyser.added', { phrase: added })}</p>}
      <div>
        <button type="submit" disabled={busy}>{t('admin.analyser.add')}</button>
      </div>
    </form>
  );
}

/** The tenant's phrases, each with a remove button; after a removal the focus goes to the list's heading. */
function PhraseList() {
  const { t, i18n } = useTranslation();
  const [{ data, error, fetching }, reload] = useQuery({ query: TenantPhrasesQuery, requestPolicy: 'network-only' });
  const [removal, remove] = useMutation(RemoveTenantPhrase);
  const [, add] = useMutation(AddTenantPhrase);
  const [removed, setRemoved] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const phrases = data?.tenantPhrases;

  async function addPhrase(input: TenantPhraseInput) {
    const answer = await add({ input });
    if (!answer.error) {
      setRemoved(null);
      reload({ requestPolicy: 'network-only' });
    }
    return answer;
  }

  async function removePhrase(id: string, phrase: string) {
    const answer = await remove({ id });
    // gone either way (NOT_FOUND: someone else removed it): the list is read again
    reload({ requestPolicy: 'network-only' });
    if (!answer.error) {
      setRemoved(phrase);
      heading.current?.focus();
    }
  }

  return (
    <>
      <PhraseForm onAdd={addPhrase} />
      <h2 id="phrases-heading" ref={heading} tabIndex={-1}>{t('admin.analyser.listTitle')}</h2>
      <Problems error={error} />
      <Problems error={removal.error} messages={{ NOT_FOUND: t('admin.analyser.alreadyRemoved') }} />
      {removed && <p role="status">{t('admin.analyser.removed', { phrase: removed })}</p>}
      {fetching && !phrases && <p role="status">{t('app.loading')}</p>}
      {phrases && phrases.length === 0 && <p>{t('admin.analyser.none')}</p>}
      {!!phrases?.length && (
        <table aria-labelledby="phrases-heading">
          <thead>
            <tr>
              <th scope="col">{t('admin.analyser.phrase')}</th>
              <th scope="col">{t('admin.analyser.language')}</th>
              <th scope="col">{t('admin.analyser.stance')}</th>
              <th scope="col">{t('admin.analyser.target')}</th>
              <th scope="col">{t('admin.analyser.addedBy')}</th>
              <th scope="col"><span className="visually-hidden">{t('admin.analyser.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {phrases.map((entry) => (
              <tr key={entry.id}>
                <th scope="row" lang={entry.language.toLowerCase()} dir="auto">{entry.phrase}</th>
                <td>{t(`enum.Language.${entry.language}`)}</td>
                <td>{t(`enum.Stance.${entry.stance}`)}</td>
                <td>{entry.target ? t(`enum.BlameTarget.${entry.target}`) : '—'}</td>
                <td>
                  <span dir="auto">{entry.createdBy}</span>{' '}
                  <small><time dateTime={entry.createdAt}>{dateFormat.format(new Date(entry.createdAt))}</time></small>
                </td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    disabled={removal.fetching}
                    aria-label={t('admin.analyser.removeLabel', { phrase: entry.phrase })}
                    onClick={() => void removePhrase(entry.id, entry.phrase)}
                  >
                    {t('admin.analyser.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** A job's progress: a progress bar with its figures, and what the state means. */
export function RescoreProgress({ job }: { job: RescoreJobFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(job.progress);
  return (
    <div className="rescore" data-status={job.status}>
      <p role="status">
        <strong>{t(`enum.RescoreStatus.${job.status}`)}</strong>{' '}
        {t('admin.rescore.figures', { processed: job.processed, total: job.total, rescored: job.rescored })}
      </p>
      <progress id={`rescore-${job.id}`} max={1} value={job.progress} aria-label={t('admin.rescore.progressLabel')} aria-valuetext={percent}>
        {percent}
      </progress>{' '}
      <span aria-hidden="true">{percent}</span>
      <p className="meta">{t('admin.rescore.version', { version: job.targetVersion })}</p>
      {job.status === 'FAILED' && <p className="problem">{job.error ?? t('admin.rescore.failed')}</p>}
    </div>
  );
}

/**
 * Starts a rescore of the tenant's history and follows it, asking every `pollMs` until it is no longer RUNNING. The
 * job's id is kept for the tab, so coming back to the page goes on following it.
 */
export function Rescore({ pollMs = 1000 }: { pollMs?: number }) {
  const { t } = useTranslation();
  const client = useClient();
  const [started, start] = useMutation(StartRescore);
  const [job, setJob] = useState<RescoreJobFieldsFragment | null>(null);
  const [followError, setFollowError] = useState<CombinedError | undefined>();
  const [followId, setFollowId] = useState<string | null>(() => sessionStorage.getItem(RESCORE_JOB_KEY));

  useEffect(() => {
    if (!followId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      const answer = await client.query(RescoreJobQuery, { id: followId }, { requestPolicy: 'network-only' }).toPromise();
      if (stopped) return;
      setFollowError(answer.error);
      const found = answer.data?.rescoreJob;
      if (found) setJob(found);
      const gone = !found && !!answer.data;
      const notFound = answer.error?.graphQLErrors.some((error) => error.extensions?.code === 'NOT_FOUND');
      if (gone || notFound || (found && found.status !== 'RUNNING')) {
        sessionStorage.removeItem(RESCORE_JOB_KEY);
        return;
      }
      // still running, or the service did not answer this time: ask again
      timer = setTimeout(() => void ask(), pollMs);
    };
    timer = setTimeout(() => void ask(), job?.id === followId ? pollMs : 0);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
    // job is read only to know whether the first answer is already there
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [followId, client, pollMs]);

  async function startJob() {
    const answer = await start({});
    const created = answer.data?.startRescore;
    if (!created) return;
    setJob(created);
    setFollowError(undefined);
    if (created.status === 'RUNNING') {
      // a new job, or the one already running (already followed when it is the same id)
      sessionStorage.setItem(RESCORE_JOB_KEY, created.id);
      setFollowId(created.id);
    } else {
      sessionStorage.removeItem(RESCORE_JOB_KEY);
      setFollowId(null);
    }
  }

  const running = job?.status === 'RUNNING';
  return (
    <section aria-labelledby="rescore-heading">
      <h2 id="rescore-heading">{t('admin.rescore.title')}</h2>
      <p>{t('admin.rescore.intro')}</p>
      <button type="button" disabled={started.fetching || running} onClick={() => void startJob()}>
        {running ? t('admin.rescore.running') : t('admin.rescore.start')}
      </button>
      <Problems error={started.error} />
      <Problems error={followError} messages={{ NOT_FOUND: t('admin.rescore.gone') }} />
      {job && <RescoreProgress job={job} />}
    </section>
  );
}

/** The analyser's lexicon for this tenant, and the rescore that applies it to the history. */
export function Analyser({ pollMs }: { pollMs?: number }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('admin.analyser.title')}</h1>
      <p>{t('admin.analyser.intro')}</p>
      <PhraseList />
      <Rescore pollMs={pollMs} />
    </>
  );
}
