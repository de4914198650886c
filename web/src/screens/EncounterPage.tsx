import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { apiLanguage } from '../i18n';
import { isCoach, useSession } from '../auth/session';
import { AnalysisView } from '../components/AnalysisView';
import { Highlighted } from '../components/Highlighted';
import { Problems } from '../components/Problems';
import { ReadingView } from '../components/ReadingView';
import { DisputeForm } from '../components/DisputeForm';
import { ReviewForm } from '../components/ReviewForm';
import { ScoresPurposeNotice } from '../components/ScoresPurpose';

export const EncounterDetail = graphql(`
  query EncounterDetail($id: ID!, $language: Language) {
    encounter(id: $id) {
      id
      occurredAt
      outcome
      channel
      scoreStatus
      language
      reflection
      tactics
      followUpAt
      dealValue { amount currency }
      customer { id name }
      rep { id displayName }
      archetype { key name(language: $language) }
      analysis { ...AnalysisFields }
      reading { ...ReadingFields }
      readingWithheld
      playbooksUsed { id title }
      suggestedPlaybooks(first: 3) { id title language }
      notes { id text authorId createdAt }
    }
  }
`);

export const AddNote = graphql(`
  mutation AddNote($encounterId: ID!, $text: String!) {
    addCoachingNote(encounterId: $encounterId, text: $text) { id text authorId createdAt }
  }
`);

export const MarkReadingSeen = graphql(`
  mutation MarkReadingSeen($encounterId: ID!) { markReadingSeen(encounterId: $encounterId) { ...ReadingFields } }
`);
export const DisputeReading = graphql(`
  mutation DisputeReading($encounterId: ID!, $note: String!) { disputeReading(encounterId: $encounterId, note: $note) { ...ReadingFields } }
`);
export const ReviewReading = graphql(`
  mutation ReviewReading($encounterId: ID!, $input: ReviewInput!) { reviewReading(encounterId: $encounterId, input: $input) { ...ReadingFields } }
`);

export function EncounterPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: EncounterDetail,
    variables: { id, language: apiLanguage(i18n.language) },
    requestPolicy: 'cache-and-network',
  });
  const [note, setNote] = useState('');
  const [added, addNote] = useMutation(AddNote);
  const [, markSeen] = useMutation(MarkReadingSeen);
  const [, dispute] = useMutation(DisputeReading);
  const [, review] = useMutation(ReviewReading);
  const encounter = data?.encounter;
  const scorePending = encounter?.scoreStatus === 'PENDING';
  const reading = encounter?.reading;
  const mine = !!encounter && encounter.rep.id === session?.userId;
  const markedSeen = useRef<string | null>(null);

  // the rep has now seen the reading: once per encounter shown (idempotent on the service; it may release the reading)
  useEffect(() => {
    if (!mine || !reading || reading.seenByRepAt || markedSeen.current === id) return;
    markedSeen.current = id;
    void markSeen({ encounterId: id });
  }, [mine, reading, id, markSeen]);

  // a new encounter is scored within seconds: look again until the analysis is there
  useEffect(() => {
    if (!scorePending) return;
    const timer = window.setInterval(() => refetch({ requestPolicy: 'network-only' }), 2500);
    return () => window.clearInterval(timer);
  }, [scorePending, refetch]);

  // a dispute or review changes the reading and its history: show the page as the services now have it
  async function andReload<T extends { error?: unknown }>(sent: Promise<T>): Promise<T> {
    const answer = await sent;
    if (!answer.error) refetch({ requestPolicy: 'network-only' });
    return answer;
  }

  async function submitNote(event: FormEvent) {
    event.preventDefault();
    if (!note.trim()) return;
    const answer = await addNote({ encounterId: id, text: note.trim() });
    if (!answer.error) {
      setNote('');
      refetch({ requestPolicy: 'network-only' });
    }
  }

  if (!encounter) {
    return (
      <>
        <h1>{t('encounter.title')}</h1>
        {fetching ? <p role="status">{t('app.loading')}</p> : <p role="alert">{t('encounter.notFound')}</p>}
        {!fetching && error && <Problems error={error} />}
        <Link to="/journal">{t('encounter.back')}</Link>
      </>
    );
  }
  const lang = encounter.language === 'HE' ? 'he' : 'en';
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <h1 dir="auto">{encounter.customer.name}</h1>
      <Problems error={error} partial />
      <dl className="facts">
        <div><dt>{t('log.occurredAt')}</dt><dd><time dateTime={encounter.occurredAt}>{dateFormat.format(new Date(encounter.occurredAt))}</time></dd></div>
        <div><dt>{t('log.outcome')}</dt><dd>{t(`enum.Outcome.${encounter.outcome}`)}</dd></div>
        {encounter.rep.displayName && <div><dt>{t('encounter.rep')}</dt><dd>{encounter.rep.displayName}</dd></div>}
        {encounter.archetype && <div><dt>{t('log.archetype')}</dt><dd>{encounter.archetype.name}</dd></div>}
        {encounter.channel && <div><dt>{t('log.channel')}</dt><dd>{t(`enum.Channel.${encounter.channel}`)}</dd></div>}
        {encounter.dealValue && <div><dt>{t('encounter.dealValue')}</dt><dd>{new Intl.NumberFormat(i18n.language, { style: 'currency', currency: encounter.dealValue.currency }).format(Number(encounter.dealValue.amount))}</dd></div>}
        {encounter.tactics.length > 0 && <div><dt>{t('encounter.tactics')}</dt><dd dir="auto">{encounter.tactics.join(', ')}</dd></div>}
        {encounter.followUpAt && <div><dt>{t('encounter.followUp')}</dt><dd>{new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(encounter.followUpAt))}</dd></div>}
      </dl>

      {mine && reading && <ScoresPurposeNotice />}
      {reading && (
        <ReadingView
          reading={reading}
          machineScore={encounter.analysis?.ownershipScore}
          mine={mine}
          viewerId={session?.userId}
          actions={
            mine ? (
              reading.state === 'UNREVIEWED' && <DisputeForm onSubmit={(text) => andReload(dispute({ encounterId: id, note: text }))} />
            ) : (
              isCoach(session) &&
              (reading.state === 'UNREVIEWED' || reading.state === 'DISPUTED') && (
                <ReviewForm disputed={reading.state === 'DISPUTED'} onSubmit={(input) => andReload(review({ encounterId: id, input }))} />
              )
            )
          }
        />
      )}
      {encounter.readingWithheld ? (
        <section aria-labelledby="reflection-heading">
          <h2 id="reflection-heading">{t('encounter.reflection')}</h2>
          <Highlighted text={encounter.reflection} evidence={[]} lang={lang} />
          <p role="status" className="withheld">{t('reading.withheld')}</p>
        </section>
      ) : encounter.analysis ? (
        <AnalysisView analysis={encounter.analysis} text={encounter.reflection} verdict={!reading} />
      ) : (
        <section aria-labelledby="reflection-heading">
          <h2 id="reflection-heading">{t('encounter.reflection')}</h2>
          <Highlighted text={encounter.reflection} evidence={[]} lang={lang} />
          <p role="status">{encounter.scoreStatus === 'FAILED' ? t('encounter.failed') : t('encounter.pending')}</p>
          {encounter.scoreStatus === 'PENDING' && (
            <button type="button" className="secondary" onClick={() => refetch({ requestPolicy: 'network-only' })}>
              {t('encounter.refresh')}
            </button>
          )}
        </section>
      )}

      {!!encounter.playbooksUsed?.length && (
        <section aria-labelledby="used-heading">
          <h2 id="used-heading">{t('encounter.used')}</h2>
          <ul>{encounter.playbooksUsed.map((playbook) => <li key={playbook.id}><Link to={`/playbooks/${playbook.id}`} dir="auto">{playbook.title}</Link></li>)}</ul>
        </section>
      )}
      {!!encounter.suggestedPlaybooks?.length && (
        <section aria-labelledby="suggested-heading">
          <h2 id="suggested-heading">{t('encounter.suggested')}</h2>
          <ul>{encounter.suggestedPlaybooks.map((playbook) => <li key={playbook.id}><Link to={`/playbooks/${playbook.id}`} lang={playbook.language.toLowerCase()}>{playbook.title}</Link></li>)}</ul>
        </section>
      )}

      <section aria-labelledby="notes-heading" className="notes">
        <h2 id="notes-heading">{t('encounter.notes')}</h2>
        {encounter.notes.length === 0 && <p>{t('encounter.noNotes')}</p>}
        <ul>
          {encounter.notes.map((item) => (
            <li key={item.id}>
              <p dir="auto">{item.text}</p>
              <small><time dateTime={item.createdAt}>{dateFormat.format(new Date(item.createdAt))}</time> · {item.authorId}</small>
            </li>
          ))}
        </ul>
        {isCoach(session) && (
          <form onSubmit={(event) => void submitNote(event)}>
            <label>
              {t('encounter.addNote')}
              <textarea name="note" rows={3} value={note} onChange={(event) => setNote(event.target.value)} dir="auto" />
            </label>
            <Problems error={added.error} />
            <button type="submit" disabled={added.fetching}>{t('encounter.saveNote')}</button>
          </form>
        )}
      </section>
      <p><Link to="/journal">{t('encounter.back')}</Link></p>
    </>
  );
}
