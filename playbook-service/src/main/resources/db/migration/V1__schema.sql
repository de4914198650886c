-- playbook-service schema. Flyway owns it; Hibernate only maps it (schema-management none).

-- The fixed catalogue of customer archetypes (ownership model §2), bilingual.
create table archetypes (
    key              varchar(32) primary key,
    position         smallint    not null unique,
    difficulty       smallint    not null check (difficulty between 1 and 5),
    name_he          text        not null,
    name_en          text        not null,
    signals_he       jsonb       not null,
    signals_en       jsonb       not null,
    stance_he        text        not null,
    stance_en        text        not null
);

-- The text of a playbook's steps and phrases, for the search vectors below.
-- jsonb_path_query is not marked immutable, but for a given jsonb value it always gives the
-- same strings, so this wrapper may be (and must be, to feed a generated column).
create function playbook_body_text(steps jsonb, phrases_to_use jsonb, phrases_to_avoid jsonb)
    returns text language sql immutable parallel safe as $$
    select coalesce(string_agg(t, ' '), '')
    from (
        select jsonb_path_query(steps, '$[*].title') #>> '{}' as t
        union all select jsonb_path_query(steps, '$[*].detail') #>> '{}'
        union all select jsonb_path_query(phrases_to_use, '$[*]') #>> '{}'
        union all select jsonb_path_query(phrases_to_avoid, '$[*]') #>> '{}'
    ) strings
    where t is not null
$$;

-- Hebrew search without a Hebrew dictionary. Hebrew glues one-letter prefixes to the word
-- (ו and, ה the, ש that, ב in, כ as, ל to, מ from, and chains of them: "וכשהלקוח"), so the
-- `simple` configuration sees "הלקוח", "ללקוח" and "לקוח" as three different words.
-- This function returns, for every Hebrew word, the word with 1..3 leading prefix letters
-- removed, as long as at least three letters remain (the usual Hebrew root length keeps
-- short words such as "של" from collapsing into noise). Indexed next to the original words
-- (at the lowest weight), it lets the query "לקוח" match "הלקוח" and "ללקוח"; the service
-- expands the query the same way (HebrewPrefixes), so "ללקוח" also finds "לקוח".
create function hebrew_prefix_variants(doc text)
    returns text language sql immutable parallel safe as $$
    select coalesce(string_agg(distinct substr(w, n + 1), ' '), '')
    from regexp_split_to_table(coalesce(doc, ''), '[^א-ת]+') as w,
         generate_series(1, 3) as n
    where char_length(w) - n >= 3
      and substr(w, 1, n) ~ '^[ובהשכלמ]+$'
$$;

create table playbooks (
    id               varchar(64)  primary key,
    tenant_id        varchar(128),             -- null for the built-in catalogue
    team_id          varchar(128),             -- null for the tenant library
    archetype        varchar(32)  not null references archetypes (key),
    language         varchar(2)   not null check (language in ('HE', 'EN')),
    title            text         not null,
    stance           text         not null,
    steps            jsonb        not null,    -- [{"title": "...", "detail": "..."}], in order
    phrases_to_use   jsonb        not null default '[]',
    phrases_to_avoid jsonb        not null default '[]',
    tags             jsonb        not null default '[]',
    status           varchar(16)  not null check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    -- number of the version this row shows (published, or the first draft before any publish)
    version          integer      not null default 1,
    -- the next version being edited while the published one stays as it is (null if none)
    draft            jsonb,
    built_in         boolean      not null default false,
    forked_from      varchar(64),
    revision         bigint       not null default 1,   -- optimistic lock
    created_by       varchar(128),
    updated_by       varchar(128),
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    -- `simple` keeps every word as written (works for Hebrew), plus the prefix-stripped
    -- Hebrew variants at weight D; ranking favours title (A) over stance (B) over body (C).
    search_simple    tsvector generated always as (
        setweight(to_tsvector('simple', title), 'A')
        || setweight(to_tsvector('simple', stance), 'B')
        || setweight(to_tsvector('simple', playbook_body_text(steps, phrases_to_use, phrases_to_avoid)), 'C')
        || setweight(to_tsvector('simple', hebrew_prefix_variants(
               title || ' ' || stance || ' ' || playbook_body_text(steps, phrases_to_use, phrases_to_avoid))), 'D')
    ) stored,
    -- English stemming ("objections" finds "objection", "listening" finds "listen").
    search_english   tsvector generated always as (
        setweight(to_tsvector('english', title), 'A')
        || setweight(to_tsvector('english', stance), 'B')
        || setweight(to_tsvector('english', playbook_body_text(steps, phrases_to_use, phrases_to_avoid)), 'C')
    ) stored,
    constraint built_in_has_no_tenant check (built_in = (tenant_id is null)),
    constraint team_needs_tenant check (team_id is null or tenant_id is not null)
);

create index playbooks_tenant_idx on playbooks (tenant_id, archetype, language, status);
create index playbooks_team_idx on playbooks (tenant_id, team_id) where team_id is not null;
create index playbooks_search_simple_idx on playbooks using gin (search_simple);
create index playbooks_search_english_idx on playbooks using gin (search_english);

-- Immutable published versions: one row per publish, never updated.
create table playbook_versions (
    playbook_id      varchar(64)  not null references playbooks (id),
    version          integer      not null,
    snapshot         jsonb        not null,   -- the published content, as the API shows it
    published_at     timestamptz  not null default now(),
    published_by     varchar(128),
    primary key (playbook_id, version)
);

-- Published versions are history: refuse any change at the database level too.
create function playbook_versions_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'playbook versions are immutable';
end
$$;

create trigger playbook_versions_no_update
    before update or delete on playbook_versions
    for each row execute function playbook_versions_immutable();
