import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useClient, type CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { ArchetypeKey, EncounterFilter, JournalPageQuery, Outcome, Stance } from '../gql/graphql';
import { apiLanguage } from '../i18n';
import { Problems } from '../components/Problems';
import { QueueList } from '../components/QueueList';

export const JournalPage = graphql(`
  query JournalPage($first: Int!, $after: String, $filter: EncounterFilter, $language: Language) {
    encounters(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges {
        node {
          id
          occurredAt
          outcome
          scoreStatus
          customer { id name }
          rep { id displayName }
          archetype { key name(language: $language) }
          analysis { stance ownershipScore }
          reading { stance ownershipScore state }
          readingWithheld
          reflection
          language
        }
      }
    }
  }
`);

type Row = JournalPageQuery['encounters']['edges'][number]['node'];
const PAGE = 20;
// the reading that counts (a coach's correction) when there is one, else the machine's analysis
const verdict = (row: Row) => row.reading ?? row.analysis;
const OUTCOMES: Outcome[] = ['WON', 'PROGRESSING', 'NO_DECISION', 'LOST'];
const STANCES: Stance[] = ['OWNERSHIP', 'MIXED', 'NEUTRAL', 'HELPLESS', 'BLAME'];
const ARCHETYPES: ArchetypeKey[] = ['READY', 'SKEPTICAL', 'DISTRUSTFUL', 'PRICE_FOCUSED', 'UNINTERESTED', 'NOT_LISTENING', 'CLOSED', 'ANTAGONISTIC', 'HOSTILE'];

/** The encounters the caller may see (a rep: their own; a coach: their teams'), filtered, page after page. */
export function Journal({ repId, heading = true }: { repId?: string; heading?: boolean }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [params, setParams] = useSearchParams();
  const filter: EncounterFilter = {
    outcome: (params.get('outcome') as Outcome) || null,
    stance: (params.get('stance') as Stance) || null,
    archetype: (params.get('archetype') as ArchetypeKey) || null,
    repId: repId ?? null,
  };
  const filterKey = JSON.stringify(filter);
  const [rows, setRows] = useState<Row[]>([]);
  const [page, setPage] = useState<{ cursor: string | null; more: boolean; total: number | null }>({ cursor: null, more: true, total: null });
  const [error, setError] = useState<CombinedError | undefined>();
  const [loading, setLoading] = useState(false);
  const sentinel = useRef<HTMLDivElement>(null);
  const generation = useRef(0);

  const load = useCallback(
    async (after: string | null, reset: boolean) => {
      const mine = reset ? ++generation.current : generation.current;
      setLoading(true);
      const answer = await client
        .query(JournalPage, { first: PAGE, after, filter: JSON.parse(filterKey), language: apiLanguage(i18n.language) }, { requestPolicy: 'network-only' })
        .toPromise();
      if (mine !== generation.current) return; // the filters changed meanwhile
      setLoading(false);
      setError(answer.error);
      const data = answer.data?.encounters;
      if (!data) {
        setPage((current) => ({ ...current, more: false }));
        return;
      }
      setRows((current) => (reset ? data.edges.map((edge) => edge.node) : [...current, ...data.edges.map((edge) => edge.node)]));
      setPage({ cursor: data.pageInfo.endCursor ?? null, more: data.pageInfo.hasNextPage, total: data.totalCount });
    },
    [client, filterKey, i18n.language],
  );

  useEffect(() => {
    setRows([]);
    void load(null, true);
  }, [load]);

  // infinite scroll: the next page loads as the end of the list comes into view (the button does the same by keyboard)
  useEffect(() => {
    const element = sentinel.current;
    if (!element || !page.more || loading || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((seen) => {
      if (seen.some((entry) => entry.isIntersecting)) void load(page.cursor, false);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [page, loading, load]);

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  return (
    <>
      {heading && <h1>{t('journal.title')}</h1>}
      {heading && <QueueList />}
      <form className="filters" aria-label={t('journal.filters')} onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('journal.outcome')}
          <select value={filter.outcome ?? ''} onChange={(event) => setFilter('outcome', event.target.value)}>
            <option value="">{t('journal.any')}</option>
            {OUTCOMES.map((value) => (
              <option key={value} value={value}>{t(`enum.Outcome.${value}`)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('journal.stance')}
          <select value={filter.stance ?? ''} onChange={(event) => setFilter('stance', event.target.value)}>
            <option value="">{t('journal.any')}</option>
            {STANCES.map((value) => (
              <option key={value} value={value}>{t(`enum.Stance.${value}`)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('journal.archetype')}
          <select value={filter.archetype ?? ''} onChange={(event) => setFilter('archetype', event.target.value)}>
            <option value="">{t('journal.any')}</option>
            {ARCHETYPES.map((value) => (
              <option key={value} value={value}>{rows.find((row) => row.archetype?.key === value)?.archetype?.name ?? value.replace('_', ' ').toLowerCase()}</option>
            ))}
          </select>
        </label>
      </form>
      <Problems error={error} partial={rows.length > 0} />
      {page.total != null && <p className="count">{t('journal.count', { count: page.total })}</p>}
      {!loading && rows.length === 0 && !error && <p>{t('journal.empty')}</p>}
      <ul className="encounters">
        {rows.map((row) => (
          <li key={row.id}>
            <Link to={`/encounters/${row.id}`} className="card">
              <span className="line">
                <strong dir="auto">{row.customer.name}</strong>
                <span className={`badge ${row.outcome.toLowerCase()}`}>{t(`enum.Outcome.${row.outcome}`)}</span>
              </span>
              <span className="line meta">
                <time dateTime={row.occurredAt}>{dateFormat.format(new Date(row.occurredAt))}</time>
                {repId === undefined && row.rep.displayName && <span>{row.rep.displayName}</span>}
                {row.archetype && <span>{row.archetype.name}</span>}
                {row.readingWithheld ? (
                  <span>{t('journal.withheld')}</span>
                ) : verdict(row) ? (
                  <span className={`stance ${verdict(row)!.stance.toLowerCase()}`}>
                    {t(`enum.Stance.${verdict(row)!.stance}`)} · {verdict(row)!.ownershipScore}
                    {row.reading && row.reading.state !== 'UNREVIEWED' && <> · {t(`enum.ReadingState.${row.reading.state}`)}</>}
                  </span>
                ) : (
                  <span>{t('journal.pending')}</span>
                )}
              </span>
              <span className="excerpt" dir="auto" lang={row.language.toLowerCase()}>
                {row.reflection.length > 140 ? `${row.reflection.slice(0, 140)}…` : row.reflection}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <div ref={sentinel} />
      {loading && <p role="status">{t('app.loading')}</p>}
      {!loading && page.more && rows.length > 0 && (
        <button type="button" className="secondary" onClick={() => void load(page.cursor, false)}>
          {t('journal.more')}
        </button>
      )}
      {!page.more && rows.length > 0 && <p className="end">{t('journal.end')}</p>}
    </>
  );
}
