import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { ArchetypeKey, Language, PlaybookDetailQuery, PlaybookInput } from '../gql/graphql';
import { apiLanguage } from '../i18n';
import { useSession } from '../auth/session';
import { problemsOf } from '../api/errors';
import { Problems } from '../components/Problems';
import { PlaybookDetail } from './PlaybookPage';

export const CreatePlaybook = graphql(`
  mutation CreatePlaybook($input: PlaybookInput!) { createPlaybook(input: $input) { id revision } }
`);
export const UpdatePlaybook = graphql(`
  mutation UpdatePlaybook($id: ID!, $input: PlaybookInput!, $expectedRevision: Int) {
    updatePlaybook(id: $id, input: $input, expectedRevision: $expectedRevision) { id revision }
  }
`);
const Archetypes = graphql(`
  query EditorArchetypes($language: Language) { archetypes { key name(language: $language) } }
`);

type Stored = NonNullable<PlaybookDetailQuery['playbook']>;
interface Form {
  title: string; archetype: ArchetypeKey; language: Language; stance: string; teamId: string;
  steps: { title: string; detail: string }[]; phrasesToUse: string; phrasesToAvoid: string; tags: string;
}

const formOf = (playbook: Stored): Form => ({
  title: playbook.title, archetype: playbook.archetype.key, language: playbook.language, stance: playbook.stance,
  teamId: playbook.teamId ?? '', steps: playbook.steps.map((step) => ({ title: step.title, detail: step.detail ?? '' })),
  phrasesToUse: playbook.phrasesToUse.join('\n'), phrasesToAvoid: playbook.phrasesToAvoid.join('\n'), tags: playbook.tags.join(', '),
});

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** A coach's team playbook: create, or edit with the revision it was read at, so a concurrent edit is a CONFLICT. */
export default function PlaybookEditor() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const client = useClient();
  const navigate = useNavigate();
  const language = apiLanguage(i18n.language);
  const [{ data: archetypes }] = useQuery({ query: Archetypes, variables: { language } });
  const [{ data: stored }] = useQuery({ query: PlaybookDetail, variables: { id: id ?? '', language }, pause: !id, requestPolicy: 'network-only' });
  const [form, setForm] = useState<Form>({
    title: '', archetype: 'SKEPTICAL', language, stance: '', teamId: session?.teams[0] ?? '',
    steps: [{ title: '', detail: '' }], phrasesToUse: '', phrasesToAvoid: '', tags: '',
  });
  const [revision, setRevision] = useState<number | null>(null);
  const [theirs, setTheirs] = useState<Stored | null>(null);
  const [created, create] = useMutation(CreatePlaybook);
  const [updated, update] = useMutation(UpdatePlaybook);

  useEffect(() => {
    if (stored?.playbook && revision === null) {
      setForm(formOf(stored.playbook));
      setRevision(stored.playbook.revision ?? null);
    }
  }, [stored, revision]);

  const change = (patch: Partial<Form>) => setForm((current) => ({ ...current, ...patch }));

  async function save(event: FormEvent) {
    event.preventDefault();
    const input: PlaybookInput = {
      title: form.title, archetype: form.archetype, language: form.language, stance: form.stance, teamId: form.teamId || null,
      steps: form.steps.filter((step) => step.title.trim()).map((step) => ({ title: step.title, detail: step.detail || null })),
      phrasesToUse: lines(form.phrasesToUse), phrasesToAvoid: lines(form.phrasesToAvoid),
      tags: form.tags.split(',').map((tag) => tag.trim()).filter(Boolean),
    };
    if (!id) {
      const answer = await create({ input });
      if (answer.data) navigate(`/playbooks/${answer.data.createPlaybook.id}`);
      return;
    }
    const answer = await update({ id, input, expectedRevision: revision });
    if (answer.data) {
      setTheirs(null);
      navigate(`/playbooks/${answer.data.updatePlaybook.id}`);
    } else if (problemsOf(answer.error).some((problem) => problem.code === 'CONFLICT')) {
      // show what the other editor saved; the rep's text stays in the form, and the next save goes on top of theirs
      const latest = await client.query(PlaybookDetail, { id, language }, { requestPolicy: 'network-only' }).toPromise();
      if (latest.data?.playbook) {
        setTheirs(latest.data.playbook);
        setRevision(latest.data.playbook.revision ?? null);
      }
    }
  }

  const error = created.error ?? updated.error;
  const conflict = problemsOf(updated.error).some((problem) => problem.code === 'CONFLICT');
  return (
    <>
      <h1>{id ? t('playbooks.edit') : t('playbooks.new')}</h1>
      {conflict ? <p className="problem" role="alert">{t('playbooks.conflict')}</p> : <Problems error={error} />}
      <form className="log" onSubmit={(event) => void save(event)}>
        <label>{t('playbooks.titleField')}<input required value={form.title} onChange={(event) => change({ title: event.target.value })} dir="auto" /></label>
        <div className="row">
          <label>{t('playbooks.archetype')}
            <select value={form.archetype} onChange={(event) => change({ archetype: event.target.value as ArchetypeKey })}>
              {archetypes?.archetypes.map((item) => <option key={item.key} value={item.key}>{item.name}</option>)}
            </select>
          </label>
          <label>{t('playbooks.language')}
            <select value={form.language} onChange={(event) => change({ language: event.target.value as Language })}>
              <option value="HE" lang="he">{t('enum.Language.HE')}</option>
              <option value="EN" lang="en">{t('enum.Language.EN')}</option>
            </select>
          </label>
          <label>{t('playbooks.team')}
            <select value={form.teamId} onChange={(event) => change({ teamId: event.target.value })}>
              {session?.teams.map((team) => <option key={team} value={team}>{team}</option>)}
            </select>
          </label>
        </div>
        <label>{t('playbooks.stance')}<textarea rows={2} required value={form.stance} onChange={(event) => change({ stance: event.target.value })} dir="auto" /></label>
        <fieldset>
          <legend>{t('playbooks.steps')}</legend>
          {form.steps.map((step, index) => (
            <div key={index} className="step">
              <label>{t('playbooks.stepTitle', { n: index + 1 })}
                <input value={step.title} onChange={(event) => change({ steps: form.steps.map((one, at) => (at === index ? { ...one, title: event.target.value } : one)) })} dir="auto" />
              </label>
              <label>{t('playbooks.stepDetail', { n: index + 1 })}
                <textarea rows={2} value={step.detail} onChange={(event) => change({ steps: form.steps.map((one, at) => (at === index ? { ...one, detail: event.target.value } : one)) })} dir="auto" />
              </label>
              {form.steps.length > 1 && (
                <button type="button" className="link" onClick={() => change({ steps: form.steps.filter((_, at) => at !== index) })}>
                  {t('playbooks.removeStep', { n: index + 1 })}
                </button>
              )}
            </div>
          ))}
          <button type="button" className="secondary" onClick={() => change({ steps: [...form.steps, { title: '', detail: '' }] })}>{t('playbooks.addStep')}</button>
        </fieldset>
        <label>{t('playbooks.phrasesUse')}<textarea rows={3} value={form.phrasesToUse} onChange={(event) => change({ phrasesToUse: event.target.value })} dir="auto" /></label>
        <label>{t('playbooks.phrasesAvoid')}<textarea rows={3} value={form.phrasesToAvoid} onChange={(event) => change({ phrasesToAvoid: event.target.value })} dir="auto" /></label>
        <label>{t('playbooks.tags')}<input value={form.tags} onChange={(event) => change({ tags: event.target.value })} dir="auto" /></label>
        <button type="submit" disabled={created.fetching || updated.fetching}>{t('playbooks.save')}</button>
      </form>
      {theirs && (
        <section aria-labelledby="theirs-heading" className="theirs">
          <h2 id="theirs-heading">{theirs.title}</h2>
          <p>{t('playbooks.version', { version: theirs.version })}</p>
          <p dir="auto">{theirs.stance}</p>
          <ol>{theirs.steps.map((step) => <li key={step.position} dir="auto">{step.title}{step.detail && <> — {step.detail}</>}</li>)}</ol>
        </section>
      )}
    </>
  );
}
