import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { BlameTarget, ReadingFieldsFragment, Stance } from '../gql/graphql';
import { graphql } from '../gql';

// every screen that shows a reading asks for the same fields
export const ReadingFields = graphql(`
  fragment ReadingFields on Reading {
    stance
    blameTargets
    ownershipScore
    state
    machineStance
    machineBlameTargets
    confidence
    seenByRepAt
    releasedToCoaches
    disputeNote
    disputedAt
    reviewedBy { id displayName }
    reviewedAt
    reviewNote
    history { at actorId action stance blameTargets note }
  }
`);

/** The stance and whom it blames, in words. */
export function StanceWords({ stance, targets }: { stance: Stance; targets: readonly BlameTarget[] }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`stance ${stance.toLowerCase()}`}>{t(`enum.Stance.${stance}`)}</span>
      {targets.length > 0 && <> ({targets.map((target) => t(`enum.BlameTarget.${target}`)).join(', ')})</>}
    </>
  );
}

/**
 * The reading that counts (a coach's correction, else the machine's), its state, and — when corrected — what the
 * analyser read beside it. `machineScore` is the analysis's score (the reading carries only the one that counts).
 * `actions` is the rep's dispute or the coach's review form.
 */
export function ReadingView({ reading, machineScore, mine, viewerId, actions }: {
  reading: ReadingFieldsFragment;
  machineScore?: number;
  mine: boolean;
  viewerId?: string;
  actions?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const when = (at: string) => <time dateTime={at}>{dateFormat.format(new Date(at))}</time>;
  const who = (id: string) => (id === viewerId ? t('reading.you') : id);
  return (
    <section className="reading" aria-labelledby="reading-heading">
      <h2 id="reading-heading">{t('reading.title')}</h2>
      <p>
        <span className={`chip state-${reading.state.toLowerCase()}`} data-state={reading.state}>{t(`enum.ReadingState.${reading.state}`)}</span>
      </p>
      <div className="compare">
        <dl className="facts">
          <div><dt>{t('encounter.stance')}</dt><dd><StanceWords stance={reading.stance} targets={reading.blameTargets} /></dd></div>
          <div>
            <dt>{t('encounter.score')}</dt>
            <dd><meter min={0} max={100} value={reading.ownershipScore} aria-label={t('encounter.score')} /> {reading.ownershipScore}</dd>
          </div>
          {reading.confidence != null && reading.state !== 'CORRECTED' && (
            <div><dt>{t('encounter.confidence')}</dt><dd>{percent.format(reading.confidence)}</dd></div>
          )}
        </dl>
        {reading.state === 'CORRECTED' && (
          <div className="machine">
            <h3>{t('reading.machine')}</h3>
            <dl className="facts">
              <div><dt>{t('encounter.stance')}</dt><dd><StanceWords stance={reading.machineStance} targets={reading.machineBlameTargets} /></dd></div>
              {machineScore != null && <div><dt>{t('encounter.score')}</dt><dd>{machineScore}</dd></div>}
              {reading.confidence != null && <div><dt>{t('encounter.confidence')}</dt><dd>{percent.format(reading.confidence)}</dd></div>}
            </dl>
            <small>{t('reading.machineNote')}</small>
          </div>
        )}
      </div>
      {reading.disputeNote && (
        <div className="said">
          <h3>{t(mine ? 'reading.yourDispute' : 'reading.disputeNote')}</h3>
          <p dir="auto">{reading.disputeNote}</p>
          {reading.disputedAt && <small>{when(reading.disputedAt)}</small>}
        </div>
      )}
      {reading.reviewedAt && (
        <div className="said">
          <p>{t('reading.reviewed', { name: reading.reviewedBy?.displayName ?? reading.reviewedBy?.id ?? '—', date: dateFormat.format(new Date(reading.reviewedAt)) })}</p>
          {reading.reviewNote && (
            <>
              <h3>{t('reading.reviewNote')}</h3>
              <p dir="auto">{reading.reviewNote}</p>
            </>
          )}
        </div>
      )}
      {actions}
      <details className="history">
        <summary>{t('reading.history')}</summary>
        {reading.history.length === 0 ? (
          <p>{t('reading.noHistory')}</p>
        ) : (
          <ol>
            {reading.history.map((change, index) => (
              <li key={index}>
                {when(change.at)} — {t('reading.change', { actor: who(change.actorId), action: t(`enum.ReadingAction.${change.action}`) })}
                {change.stance && <>: <StanceWords stance={change.stance} targets={change.blameTargets ?? []} /></>}
                {change.note && <p dir="auto" className="excerpt">{change.note}</p>}
              </li>
            ))}
          </ol>
        )}
      </details>
    </section>
  );
}
