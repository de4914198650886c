import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import type { BlameTarget, ReviewDecision, ReviewInput, Stance } from '../gql/graphql';
import { problemsOf } from '../api/errors';
import { Problems } from './Problems';

export const STANCES: Stance[] = ['OWNERSHIP', 'MIXED', 'NEUTRAL', 'HELPLESS', 'BLAME'];
export const BLAME_TARGETS: BlameTarget[] = ['CUSTOMER', 'MANAGEMENT', 'OPERATIONS', 'PRICE', 'PRODUCT', 'MARKET'];

/** Blame targets belong to a blaming or mixed reading only (the contract's rule; the service checks it too). */
export const takesTargets = (stance: Stance | '') => stance === 'BLAME' || stance === 'MIXED';

type Problem = 'needStance' | 'needTarget' | 'needNote';

/** What is missing from a review, or null: a correction needs a stance, BLAME a target, a disputed reading a note. */
export function reviewProblem(decision: ReviewDecision, stance: Stance | '', targets: BlameTarget[], note: string, disputed: boolean): Problem | null {
  if (decision === 'CONFIRM') return null;
  if (!stance) return 'needStance';
  if (stance === 'BLAME' && targets.length === 0) return 'needTarget';
  if (disputed && !note.trim()) return 'needNote';
  return null;
}

/** A coach's review of a released reading: confirm it, or correct stance and targets, with a note for the rep. */
export function ReviewForm({ disputed, onSubmit }: { disputed: boolean; onSubmit: (input: ReviewInput) => Promise<{ error?: CombinedError }> }) {
  const { t } = useTranslation();
  const id = useId();
  const [decision, setDecision] = useState<ReviewDecision>('CONFIRM');
  const [stance, setStance] = useState<Stance | ''>('');
  const [targets, setTargets] = useState<BlameTarget[]>([]);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [error, setError] = useState<CombinedError | undefined>();
  const [sending, setSending] = useState(false);
  const [saved, setSaved] = useState(false);
  const correcting = decision === 'CORRECT';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = reviewProblem(decision, stance, targets, note, disputed);
    setProblem(found);
    if (found) return;
    const input: ReviewInput = correcting
      ? { decision, stance: stance as Stance, blameTargets: takesTargets(stance) ? targets : [], note: note.trim() || null }
      : { decision, note: note.trim() || null };
    setSending(true);
    const answer = await onSubmit(input);
    setSending(false);
    setError(answer.error);
    setSaved(!answer.error);
  }

  if (saved) return <p role="status">{t('review.saved')}</p>;
  const conflict = problemsOf(error).some((one) => one.code === 'CONFLICT');
  const problemId = `${id}-problem`;
  const describe = (which: Problem[]) => (problem && which.includes(problem) ? problemId : undefined);
  return (
    <form className="review" aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)} noValidate>
      <h3 id={`${id}-title`}>{t('review.title')}</h3>
      <fieldset className="choices">
        <legend>{t('review.decision')}</legend>
        {(['CONFIRM', 'CORRECT'] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="decision" value={value} checked={decision === value} onChange={() => { setDecision(value); setProblem(null); }} />
            {t(value === 'CONFIRM' ? 'review.confirm' : 'review.correct')}
          </label>
        ))}
      </fieldset>
      {correcting && (
        <>
          <label>
            {t('review.stance')}
            <select
              name="stance"
              value={stance}
              aria-invalid={problem === 'needStance' ? true : undefined}
              aria-describedby={describe(['needStance'])}
              onChange={(event) => {
                const next = event.target.value as Stance | '';
                setStance(next);
                if (!takesTargets(next)) setTargets([]);
              }}
            >
              <option value="">{t('review.chooseStance')}</option>
              {STANCES.map((value) => <option key={value} value={value}>{t(`enum.Stance.${value}`)}</option>)}
            </select>
          </label>
          {takesTargets(stance) && (
            <fieldset className="choices" aria-describedby={describe(['needTarget'])}>
              <legend>{t('review.targets')}</legend>
              {BLAME_TARGETS.map((target) => (
                <label key={target}>
                  <input
                    type="checkbox"
                    name="blameTargets"
                    value={target}
                    checked={targets.includes(target)}
                    onChange={(event) => setTargets((current) => (event.target.checked ? [...current, target] : current.filter((one) => one !== target)))}
                  />
                  {t(`enum.BlameTarget.${target}`)}
                </label>
              ))}
            </fieldset>
          )}
        </>
      )}
      <label>
        {t(correcting && disputed ? 'review.noteRequired' : 'review.note')}
        <textarea
          name="reviewNote"
          rows={3}
          value={note}
          dir="auto"
          aria-invalid={problem === 'needNote' ? true : undefined}
          aria-describedby={describe(['needNote'])}
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      {problem && <p id={problemId} className="problem" role="alert">{t(`review.${problem}`)}</p>}
      {conflict ? <p className="problem" role="alert">{t('review.conflict')}</p> : <Problems error={error} />}
      <button type="submit" disabled={sending}>{t('review.save')}</button>
    </form>
  );
}
