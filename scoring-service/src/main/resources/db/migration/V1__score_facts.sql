-- One score fact per encounter: the analysis of its reflection plus the encounter's
-- dimensions that the indicators (issue 6) group and filter by.

-- Orders analyser versions numerically ("1.10.0" after "1.9.0"): the digit groups as numbers.
CREATE FUNCTION analyzer_version_key(version text) RETURNS numeric[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
$$
SELECT coalesce(array_agg(m[1]::numeric ORDER BY n), '{}')
FROM regexp_matches(version, '([0-9]+)', 'g') WITH ORDINALITY AS t(m, n)
$$;

CREATE TABLE score_fact (
    tenant_id          text        NOT NULL,
    encounter_id       text        NOT NULL,
    revision           bigint      NOT NULL CHECK (revision >= 0),
    rep_id             text        NOT NULL,
    rep_name           text,
    team_id            text        NOT NULL,
    customer_id        text,
    occurred_at        timestamptz NOT NULL,
    archetype          text CHECK (archetype IN ('SKEPTICAL', 'ANTAGONISTIC', 'UNINTERESTED', 'HOSTILE', 'CLOSED',
                                                 'DISTRUSTFUL', 'PRICE_FOCUSED', 'NOT_LISTENING', 'READY')),
    intensity          smallint CHECK (intensity BETWEEN 1 AND 5),
    outcome            text        NOT NULL CHECK (outcome IN ('WON', 'LOST', 'PROGRESSING', 'NO_DECISION')),
    deal_amount        numeric(19, 4),
    deal_currency      text,
    follow_up_set      boolean     NOT NULL DEFAULT false,
    -- kept so that a newer analyser version can rescore history
    reflection         text        NOT NULL,
    requested_language text CHECK (requested_language IN ('HE', 'EN')),
    language           text        NOT NULL CHECK (language IN ('HE', 'EN')),
    stance             text        NOT NULL CHECK (stance IN ('OWNERSHIP', 'BLAME', 'HELPLESS', 'MIXED', 'NEUTRAL')),
    ownership_score    smallint    NOT NULL CHECK (ownership_score BETWEEN 0 AND 100),
    blame_targets      text[]      NOT NULL DEFAULT '{}',
    -- the whole Analysis (evidence spans and reframes included), as the gateway's `analysis`
    analysis           jsonb       NOT NULL,
    analyzer_version   text        NOT NULL,
    scored_at          timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, encounter_id)
);

-- Rep profiles: a rep's facts in a time window (the included columns answer most indicators
-- from the index alone).
CREATE INDEX score_fact_rep_time ON score_fact (tenant_id, rep_id, occurred_at)
    INCLUDE (ownership_score, stance, outcome, archetype, team_id);
-- Team leaderboards and ownership-outcome quartiles.
CREATE INDEX score_fact_team_time ON score_fact (tenant_id, team_id, occurred_at)
    INCLUDE (rep_id, ownership_score, outcome);
-- Rescoring a tenant's history by analyser version.
CREATE INDEX score_fact_version ON score_fact (tenant_id, analyzer_version);

-- The reps scoring has seen, per team, with the latest display name: team members and the
-- coach's access to a rep's profile without scanning facts. Maintained on every upsert.
CREATE TABLE rep_member (
    tenant_id    text        NOT NULL,
    rep_id       text        NOT NULL,
    team_id      text        NOT NULL,
    rep_name     text,
    last_seen_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, rep_id, team_id)
);

CREATE INDEX rep_member_team ON rep_member (tenant_id, team_id);
