import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { apiLanguage } from '../i18n';
import { isCoach, useSession } from '../auth/session';
import { Problems } from '../components/Problems';

export const PlaybookDetail = graphql(`
  query PlaybookDetail($id: ID!, $language: Language) {
    playbook(id: $id) {
      id title language status version revision teamId stance tags updatedAt
      phrasesToUse phrasesToAvoid
      archetype { key name(language: $language) signals(language: $language) }
      steps { position title detail }
    }
  }
`);

export const PublishPlaybook = graphql(`
  mutation PublishPlaybook($id: ID!) { publishPlaybook(id: $id) { id status version revision } }
`);
export const ArchivePlaybook = graphql(`
  mutation ArchivePlaybook($id: ID!) { archivePlaybook(id: $id) { id status version revision } }
`);

export default function PlaybookPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const [{ data, error, fetching }] = useQuery({ query: PlaybookDetail, variables: { id, language: apiLanguage(i18n.language) } });
  const [published, publish] = useMutation(PublishPlaybook);
  const [archived, archive] = useMutation(ArchivePlaybook);
  const playbook = data?.playbook;
  if (!playbook) {
    return (
      <>
        <h1>{t('playbooks.title')}</h1>
        {fetching ? <p role="status">{t('app.loading')}</p> : <p role="alert">{t('errors.NOT_FOUND')}</p>}
        <Problems error={error} />
      </>
    );
  }
  const lang = playbook.language.toLowerCase();
  const editable = isCoach(session) && !!playbook.teamId;
  return (
    <article>
      <h1 lang={lang} dir="auto">{playbook.title}</h1>
      <p className="meta">
        {playbook.archetype.name} · {t(`enum.PlaybookStatus.${playbook.status}`)} · {t('playbooks.version', { version: playbook.version })}
      </p>
      <Problems error={published.error ?? archived.error} />
      {editable && (
        <div className="row actions">
          <Link to={`/playbooks/${playbook.id}/edit`}>{t('playbooks.edit')}</Link>
          {playbook.status === 'DRAFT' && <button type="button" className="secondary" onClick={() => void publish({ id: playbook.id })}>{t('playbooks.publish')}</button>}
          {playbook.status !== 'ARCHIVED' && <button type="button" className="secondary" onClick={() => void archive({ id: playbook.id })}>{t('playbooks.archive')}</button>}
        </div>
      )}
      <h2>{t('playbooks.stance')}</h2>
      <p lang={lang} dir="auto">{playbook.stance}</p>
      <h2>{t('playbooks.steps')}</h2>
      <ol lang={lang} dir="auto">
        {playbook.steps.map((step) => (
          <li key={step.position}>
            <strong>{step.title}</strong>
            {step.detail && <p>{step.detail}</p>}
          </li>
        ))}
      </ol>
      {playbook.phrasesToUse.length > 0 && (
        <>
          <h2>{t('playbooks.use')}</h2>
          <ul lang={lang} dir="auto">{playbook.phrasesToUse.map((phrase) => <li key={phrase}>{phrase}</li>)}</ul>
        </>
      )}
      {playbook.phrasesToAvoid.length > 0 && (
        <>
          <h2>{t('playbooks.avoid')}</h2>
          <ul lang={lang} dir="auto">{playbook.phrasesToAvoid.map((phrase) => <li key={phrase}><s>{phrase}</s></li>)}</ul>
        </>
      )}
    </article>
  );
}
