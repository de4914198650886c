import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { ArchetypeKey, Language } from '../gql/graphql';
import { apiLanguage } from '../i18n';
import { isCoach, useSession } from '../auth/session';
import { Problems } from '../components/Problems';

export const PlaybookList = graphql(`
  query PlaybookList($filter: PlaybookFilter, $language: Language) {
    archetypes { key name(language: $language) }
    playbooks(first: 50, filter: $filter) {
      totalCount
      edges { node { id title language status version teamId archetype { key name(language: $language) } } }
    }
  }
`);

/** Playbooks by archetype and language, searchable (Hebrew too: the search goes to playbook-service). */
export default function Playbooks() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const archetype = (params.get('archetype') as ArchetypeKey) || null;
  const language = (params.get('language') as Language) || null;
  const [{ data, error, fetching }] = useQuery({
    query: PlaybookList,
    variables: { filter: { archetype, language, search: params.get('q') || null }, language: apiLanguage(i18n.language) },
  });
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  return (
    <>
      <h1>{t('playbooks.title')}</h1>
      <form className="filters" role="search" onSubmit={(event) => { event.preventDefault(); set('q', search.trim()); }}>
        <label>
          {t('playbooks.search')}
          <input type="search" name="q" value={search} onChange={(event) => setSearch(event.target.value)} dir="auto" />
        </label>
        <label>
          {t('playbooks.archetype')}
          <select value={archetype ?? ''} onChange={(event) => set('archetype', event.target.value)}>
            <option value="">{t('journal.any')}</option>
            {data?.archetypes.map((item) => <option key={item.key} value={item.key}>{item.name}</option>)}
          </select>
        </label>
        <label>
          {t('playbooks.language')}
          <select value={language ?? ''} onChange={(event) => set('language', event.target.value)}>
            <option value="">{t('journal.any')}</option>
            <option value="HE" lang="he">{t('enum.Language.HE')}</option>
            <option value="EN" lang="en">{t('enum.Language.EN')}</option>
          </select>
        </label>
        <button type="submit" className="secondary">{t('playbooks.search')}</button>
      </form>
      {isCoach(session) && <p><Link to="/playbooks/new">{t('playbooks.new')}</Link></p>}
      <Problems error={error} partial={!!data} />
      {fetching && !data && <p role="status">{t('app.loading')}</p>}
      {data && data.playbooks.edges.length === 0 && <p>{t('playbooks.none')}</p>}
      <ul className="playbooks">
        {data?.playbooks.edges.map(({ node }) => (
          <li key={node.id}>
            <Link to={`/playbooks/${node.id}`} className="card">
              <strong lang={node.language.toLowerCase()} dir="auto">{node.title}</strong>
              <span className="line meta">
                <span>{node.archetype.name}</span>
                <span>{t(`enum.Language.${node.language}`)}</span>
                <span>{t(`enum.PlaybookStatus.${node.status}`)}</span>
                {node.teamId && <span>{t('playbooks.team')}: {node.teamId}</span>}
                <span>{t('playbooks.version', { version: node.version })}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
