import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { isCoach, useSession } from '../auth/session';
import { Problems } from '../components/Problems';

export const ReviewQueueQuery = graphql(`
  query ReviewQueue($teamId: ID, $first: Int, $after: String) {
    reviewQueue(teamId: $teamId, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges {
        cursor
        node {
          reason
          confidence
          encounter {
            id
            occurredAt
            language
            teamId
            customer { id name }
            rep { id displayName }
            reading { state stance disputeNote disputedAt }
          }
        }
      }
    }
  }
`);

const PAGE = 20;

/** A coach's (or admin's) queue: disputed readings first, then readings the analyser was unsure of, oldest first. */
export default function ReviewQueue() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [teamId, setTeamId] = useState('');
  // one page component per cursor: "load more" adds the next page below the ones already shown
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  if (!isCoach(session)) return <p role="alert">{t('errors.FORBIDDEN')}</p>;
  return (
    <>
      <h1>{t('reviewQueue.title')}</h1>
      <p>{t('reviewQueue.intro')}</p>
      {!!session?.teams.length && (
        <label className="inline">
          {t('reviewQueue.team')}
          <select
            name="team"
            value={teamId}
            onChange={(event) => {
              setTeamId(event.target.value);
              setCursors([null]);
            }}
          >
            <option value="">{t('reviewQueue.allTeams')}</option>
            {session.teams.map((team) => <option key={team} value={team}>{team}</option>)}
          </select>
        </label>
      )}
      {cursors.map((after, index) => (
        <QueuePage
          key={`${teamId}:${after ?? ''}`}
          teamId={teamId || null}
          after={after}
          first={index === 0}
          last={index === cursors.length - 1}
          onMore={(cursor) => setCursors((current) => [...current, cursor])}
        />
      ))}
    </>
  );
}

function QueuePage({ teamId, after, first, last, onMore }: {
  teamId: string | null; after: string | null; first: boolean; last: boolean; onMore: (cursor: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [{ data, error, fetching }] = useQuery({ query: ReviewQueueQuery, variables: { teamId, first: PAGE, after }, requestPolicy: 'cache-and-network' });
  const queue = data?.reviewQueue;
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <>
      <Problems error={error} partial={!!queue} />
      {fetching && !queue && <p role="status">{t('app.loading')}</p>}
      {first && queue && (queue.totalCount === 0 ? <p className="empty">{t('reviewQueue.empty')}</p> : <p className="count">{t('reviewQueue.count', { count: queue.totalCount })}</p>)}
      {!!queue?.edges.length && (
        <ul className="encounters review-queue">
          {queue.edges.map(({ node }) => (
            <li key={node.encounter.id} className="card">
              <span className="line">
                <span className={`chip reason-${node.reason.toLowerCase()}`}>{t(`enum.ReviewReason.${node.reason}`)}</span>
                <strong>{node.encounter.rep.displayName ?? node.encounter.rep.id}</strong>
                <span dir="auto">{node.encounter.customer.name}</span>
              </span>
              <span className="line meta">
                <time dateTime={node.encounter.occurredAt}>{dateFormat.format(new Date(node.encounter.occurredAt))}</time>
                {node.encounter.reading && <span className={`stance ${node.encounter.reading.stance.toLowerCase()}`}>{t(`enum.Stance.${node.encounter.reading.stance}`)}</span>}
                {node.confidence != null && <span>{t('reviewQueue.confidence')}: {percent.format(node.confidence)}</span>}
              </span>
              {node.encounter.reading?.disputeNote && (
                <blockquote dir="auto" lang={node.encounter.language.toLowerCase()}>{node.encounter.reading.disputeNote}</blockquote>
              )}
              <Link to={`/encounters/${node.encounter.id}`}>{t('reviewQueue.open', { customer: node.encounter.customer.name })}</Link>
            </li>
          ))}
        </ul>
      )}
      {last && queue?.pageInfo.hasNextPage && queue.pageInfo.endCursor && (
        <button type="button" className="secondary" onClick={() => onMore(queue.pageInfo.endCursor!)}>{t('reviewQueue.more')}</button>
      )}
    </>
  );
}
