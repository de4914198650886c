-- Readings (docs/coaching-not-surveillance.md): the machine's reading is kept beside the reading
-- that counts, which a coach may correct; a reading counts in indicators only once released.
-- stance, ownership_score and blame_targets stay "the reading that counts", so the rollup trigger
-- and the indicator queries keep reading the same columns.
ALTER TABLE score_fact
    ADD COLUMN machine_stance  text CHECK (machine_stance IN ('OWNERSHIP', 'BLAME', 'HELPLESS', 'MIXED', 'NEUTRAL')),
    ADD COLUMN machine_score   smallint CHECK (machine_score BETWEEN 0 AND 100),
    ADD COLUMN machine_targets text[],
    ADD COLUMN confidence      double precision,
    ADD COLUMN reading_state   text NOT NULL DEFAULT 'UNREVIEWED'
        CHECK (reading_state IN ('UNREVIEWED', 'DISPUTED', 'CONFIRMED', 'CORRECTED')),
    ADD COLUMN dispute_note    text CHECK (length(dispute_note) BETWEEN 1 AND 500),
    ADD COLUMN disputed_at     timestamptz,
    ADD COLUMN reviewed_by     text,
    ADD COLUMN reviewed_at     timestamptz,
    ADD COLUMN review_note     text CHECK (length(review_note) BETWEEN 1 AND 500),
    ADD COLUMN rep_seen_at     timestamptz,
    -- whether coaches and indicators see the reading yet; the safe default is "not yet"
    ADD COLUMN released        boolean NOT NULL DEFAULT false;

-- Facts from before readings existed were already in everyone's indicators: they stay released.
UPDATE score_fact
SET machine_stance = stance, machine_score = ownership_score, machine_targets = blame_targets,
    confidence = CASE WHEN jsonb_typeof(analysis -> 'confidence') = 'number'
                      THEN (analysis ->> 'confidence')::double precision END,
    released = true;

-- A row written without the machine's columns (older code paths, fixtures) takes them from the
-- reading that counts.
CREATE FUNCTION score_fact_machine_default() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    NEW.machine_stance := coalesce(NEW.machine_stance, NEW.stance);
    NEW.machine_score := coalesce(NEW.machine_score, NEW.ownership_score);
    NEW.machine_targets := coalesce(NEW.machine_targets, NEW.blame_targets);
    RETURN NEW;
END
$$;

CREATE TRIGGER score_fact_machine BEFORE INSERT ON score_fact
    FOR EACH ROW EXECUTE FUNCTION score_fact_machine_default();

ALTER TABLE score_fact
    ALTER COLUMN machine_stance SET NOT NULL,
    ALTER COLUMN machine_score SET NOT NULL,
    ALTER COLUMN machine_targets SET NOT NULL;

-- The rollups count released facts only: a fact joins them when it is released, leaves them when
-- it is deleted, and moves with a correction of the reading that counts.
CREATE OR REPLACE FUNCTION score_week_maintain() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.released THEN
            PERFORM score_week_add(NEW, 1);
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        IF OLD.released THEN
            PERFORM score_week_add(OLD, -1);
        END IF;
    ELSIF NOT OLD.released AND NOT NEW.released THEN
        NULL;
    ELSIF OLD.released AND NOT NEW.released THEN
        PERFORM score_week_add(OLD, -1);
    ELSIF NEW.released AND NOT OLD.released THEN
        PERFORM score_week_add(NEW, 1);
    ELSIF (OLD.tenant_id, OLD.team_id, OLD.rep_id, date_trunc('week', OLD.occurred_at, 'UTC'), OLD.outcome,
           OLD.stance, OLD.ownership_score, OLD.archetype, OLD.blame_targets)
          IS DISTINCT FROM
          (NEW.tenant_id, NEW.team_id, NEW.rep_id, date_trunc('week', NEW.occurred_at, 'UTC'), NEW.outcome,
           NEW.stance, NEW.ownership_score, NEW.archetype, NEW.blame_targets) THEN
        -- touch the two rollup rows in key order, so that two crossing moves cannot deadlock
        IF (OLD.team_id, OLD.rep_id, OLD.occurred_at) <= (NEW.team_id, NEW.rep_id, NEW.occurred_at) THEN
            PERFORM score_week_add(OLD, -1);
            PERFORM score_week_add(NEW, 1);
        ELSE
            PERFORM score_week_add(NEW, 1);
            PERFORM score_week_add(OLD, -1);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

-- The same rebuild as V5, over released facts only.
CREATE OR REPLACE FUNCTION score_week_rebuild(tenant text) RETURNS void
    LANGUAGE sql AS
$$
DELETE FROM score_week WHERE tenant_id = tenant;
INSERT INTO score_week
SELECT tenant_id, team_id, rep_id, date_trunc('week', occurred_at, 'UTC'),
       count(*), sum(ownership_score), count(*) FILTER (WHERE outcome = 'WON'),
       count(*) FILTER (WHERE outcome <> 'PROGRESSING'),
       count(*) FILTER (WHERE stance = 'OWNERSHIP'), count(*) FILTER (WHERE stance = 'BLAME'),
       count(*) FILTER (WHERE stance = 'HELPLESS'), count(*) FILTER (WHERE stance = 'MIXED'),
       count(*) FILTER (WHERE stance = 'NEUTRAL'),
       sum(cardinality(array_positions(blame_targets, 'CUSTOMER'))),
       sum(cardinality(array_positions(blame_targets, 'MANAGEMENT'))),
       sum(cardinality(array_positions(blame_targets, 'OPERATIONS'))),
       sum(cardinality(array_positions(blame_targets, 'PRICE'))),
       sum(cardinality(array_positions(blame_targets, 'MARKET'))),
       sum(cardinality(array_positions(blame_targets, 'PRODUCT'))),
       count(*) FILTER (WHERE archetype = 'SKEPTICAL'), count(*) FILTER (WHERE archetype = 'ANTAGONISTIC'),
       count(*) FILTER (WHERE archetype = 'UNINTERESTED'), count(*) FILTER (WHERE archetype = 'HOSTILE'),
       count(*) FILTER (WHERE archetype = 'CLOSED'), count(*) FILTER (WHERE archetype = 'DISTRUSTFUL'),
       count(*) FILTER (WHERE archetype = 'PRICE_FOCUSED'), count(*) FILTER (WHERE archetype = 'NOT_LISTENING'),
       count(*) FILTER (WHERE archetype = 'READY'),
       count(*) FILTER (WHERE archetype = 'SKEPTICAL' AND outcome = 'WON'),
       count(*) FILTER (WHERE archetype = 'ANTAGONISTIC' AND outcome = 'WON'),
       count(*) FILTER (WHERE archetype = 'UNINTERESTED' AND outcome = 'WON'),
       count(*) FILTER (WHERE archetype = 'HOSTILE' AND outcome = 'WON'),
       count(*) FILTER (WHERE archetype = 'CLOSED' AND outcome = 'WON'),
       count(*) FILTER (WHERE archetype = 'DISTRUSTFUL' AND outcome = 'WON'),
       count(*) FILTER (WHERE archetype = 'PRICE_FOCUSED' AND outcome = 'WON'),
       count(*) FILTER (WHERE archetype = 'NOT_LISTENING' AND outcome = 'WON'),
       count(*) FILTER (WHERE archetype = 'READY' AND outcome = 'WON')
FROM score_fact
WHERE tenant_id = tenant AND released
GROUP BY tenant_id, team_id, rep_id, date_trunc('week', occurred_at, 'UTC');
$$;

-- The indicator indexes hold released facts only (every indicator query asks for `released`), so
-- their index-only scans stay as they were and unreleased facts cost them nothing.
DROP INDEX score_fact_rep_time;
DROP INDEX score_fact_team_time;
DROP INDEX score_fact_rep_customer;
DROP INDEX score_fact_team_customer;

CREATE INDEX score_fact_rep_time ON score_fact (tenant_id, rep_id, occurred_at)
    INCLUDE (team_id, customer_id, encounter_id, archetype, outcome, follow_up_set, stance, ownership_score,
             blame_targets)
    WHERE released;
CREATE INDEX score_fact_team_time ON score_fact (tenant_id, team_id, occurred_at)
    INCLUDE (rep_id, customer_id, encounter_id, archetype, outcome, follow_up_set, stance, ownership_score,
             blame_targets)
    WHERE released;
CREATE INDEX score_fact_rep_customer ON score_fact (tenant_id, rep_id, customer_id, occurred_at, encounter_id)
    INCLUDE (outcome, follow_up_set)
    WHERE released;
CREATE INDEX score_fact_team_customer ON score_fact (tenant_id, team_id, rep_id, customer_id, occurred_at, encounter_id)
    INCLUDE (outcome, follow_up_set)
    WHERE released;

-- A person's facts, released or not: their export and their erasure.
CREATE INDEX score_fact_rep ON score_fact (tenant_id, rep_id);
-- The review queue: released readings of a team that are disputed or not yet reviewed.
CREATE INDEX score_fact_review ON score_fact (tenant_id, team_id, reading_state, confidence)
    WHERE released AND reading_state IN ('DISPUTED', 'UNREVIEWED');
-- The release job: facts still waiting for coaches.
CREATE INDEX score_fact_pending ON score_fact (tenant_id, scored_at) WHERE NOT released;

-- Each tenant's choices (defaults as the design); a tenant without a row has the defaults.
CREATE TABLE tenant_settings (
    tenant_id               text             PRIMARY KEY,
    coach_visibility        text             NOT NULL DEFAULT 'AFTER_REP_SEEN'
        CHECK (coach_visibility IN ('IMMEDIATE', 'AFTER_REP_SEEN', 'AFTER_DELAY')),
    coach_delay_hours       integer          NOT NULL DEFAULT 48 CHECK (coach_delay_hours BETWEEN 1 AND 720),
    reps_see_leaderboard    boolean          NOT NULL DEFAULT false,
    review_confidence_below double precision NOT NULL DEFAULT 0.6
        CHECK (review_confidence_below BETWEEN 0 AND 1),
    training_consent        boolean          NOT NULL DEFAULT false,
    updated_by              text             NOT NULL,
    updated_at              timestamptz      NOT NULL
);

-- Every dispute, review and reset of a reading: who, when, the reading before and after, the note.
CREATE TABLE reading_change (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id      text        NOT NULL,
    encounter_id   text        NOT NULL,
    -- the rep whose reading it is: their erasure takes their history with it
    rep_id         text        NOT NULL,
    revision       bigint      NOT NULL,
    at             timestamptz NOT NULL,
    actor_id       text        NOT NULL,
    action         text        NOT NULL CHECK (action IN ('DISPUTED', 'CONFIRMED', 'CORRECTED', 'RESET')),
    before_stance  text        NOT NULL,
    before_targets text[]      NOT NULL,
    stance         text        NOT NULL,
    blame_targets  text[]      NOT NULL,
    note           text
);

CREATE INDEX reading_change_encounter ON reading_change (tenant_id, encounter_id, id);
CREATE INDEX reading_change_rep ON reading_change (tenant_id, rep_id);
CREATE INDEX reading_change_actor ON reading_change (tenant_id, actor_id);
