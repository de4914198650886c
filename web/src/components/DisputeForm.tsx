import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { problemsOf } from '../api/errors';
import { Problems } from './Problems';

export const DISPUTE_NOTE_MAX = 500;

/** The note's length as the services count it (Java's String.length: UTF-16 units, like JavaScript's). */
export function disputeNoteProblem(note: string): 'required' | 'tooLong' | null {
  const trimmed = note.trim();
  if (!trimmed) return 'required';
  return trimmed.length > DISPUTE_NOTE_MAX ? 'tooLong' : null;
}

/**
 * A rep's "this reading is wrong": a button that opens a short form (1–500 characters, counted as they type).
 * `onSubmit` sends the trimmed note and answers with the error, if any.
 */
export function DisputeForm({ onSubmit }: { onSubmit: (note: string) => Promise<{ error?: CombinedError }> }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<'required' | 'tooLong' | null>(null);
  const [error, setError] = useState<CombinedError | undefined>();
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const length = note.trim().length;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = disputeNoteProblem(note);
    setProblem(found);
    if (found) return;
    setSending(true);
    const answer = await onSubmit(note.trim());
    setSending(false);
    setError(answer.error);
    if (!answer.error) {
      setSent(true);
      setOpen(false);
    }
  }

  if (sent) return <p role="status">{t('dispute.sent')}</p>;
  if (!open) {
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        {t('dispute.open')}
      </button>
    );
  }
  const conflict = problemsOf(error).some((one) => one.code === 'CONFLICT');
  return (
    <form className="dispute" aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)} noValidate>
      <h3 id={`${id}-title`}>{t('dispute.title')}</h3>
      <label>
        {t('dispute.label')}
        <textarea
          name="disputeNote"
          rows={4}
          value={note}
          dir="auto"
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-hint ${id}-count${problem ? ` ${id}-problem` : ''}`}
          onChange={(event) => {
            setNote(event.target.value);
            if (problem) setProblem(disputeNoteProblem(event.target.value));
          }}
        />
      </label>
      <small id={`${id}-hint`}>{t('dispute.hint')}</small>
      <small id={`${id}-count`} className={length > DISPUTE_NOTE_MAX ? 'count over' : 'count'} aria-live="polite">
        {t('dispute.count', { count: length })}
      </small>
      {problem && (
        <p id={`${id}-problem`} className="problem" role="alert">
          {t(`dispute.${problem}`, { count: length })}
        </p>
      )}
      {conflict ? <p className="problem" role="alert">{t('dispute.conflict')}</p> : <Problems error={error} />}
      <div className="row">
        <button type="submit" disabled={sending}>{t('dispute.send')}</button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>{t('dispute.cancel')}</button>
      </div>
    </form>
  );
}
