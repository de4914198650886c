-- Weekly rollups of the score facts, so that long windows read ~52 rows per rep-year instead of
-- every fact (issue 6: p99 < 50 ms at 1M facts). One row per tenant, team, rep and ISO week
-- (Monday 00:00 UTC), one fixed column per enum value. Maintained by a row trigger on score_fact,
-- so every write path (upsert, rescore, delete, anything later) keeps it exact.
CREATE TABLE score_week (
    tenant_id         text        NOT NULL,
    team_id           text        NOT NULL,
    rep_id            text        NOT NULL,
    week_start        timestamptz NOT NULL,
    entries           integer     NOT NULL,
    score_sum         bigint      NOT NULL,
    won               integer     NOT NULL,
    -- outcome <> PROGRESSING (the win rate's denominator)
    finals            integer     NOT NULL,
    stance_ownership  integer     NOT NULL,
    stance_blame      integer     NOT NULL,
    stance_helpless   integer     NOT NULL,
    stance_mixed      integer     NOT NULL,
    stance_neutral    integer     NOT NULL,
    -- mentions of each blame target (an entry may name several)
    blame_customer    integer     NOT NULL,
    blame_management  integer     NOT NULL,
    blame_operations  integer     NOT NULL,
    blame_price       integer     NOT NULL,
    blame_market      integer     NOT NULL,
    blame_product     integer     NOT NULL,
    -- encounters and wins per archetype (entries without an archetype count in neither)
    enc_skeptical     integer     NOT NULL,
    enc_antagonistic  integer     NOT NULL,
    enc_uninterested  integer     NOT NULL,
    enc_hostile       integer     NOT NULL,
    enc_closed        integer     NOT NULL,
    enc_distrustful   integer     NOT NULL,
    enc_price_focused integer     NOT NULL,
    enc_not_listening integer     NOT NULL,
    enc_ready         integer     NOT NULL,
    won_skeptical     integer     NOT NULL,
    won_antagonistic  integer     NOT NULL,
    won_uninterested  integer     NOT NULL,
    won_hostile       integer     NOT NULL,
    won_closed        integer     NOT NULL,
    won_distrustful   integer     NOT NULL,
    won_price_focused integer     NOT NULL,
    won_not_listening integer     NOT NULL,
    won_ready         integer     NOT NULL,
    PRIMARY KEY (tenant_id, team_id, rep_id, week_start)
);

-- rep profiles read a rep's weeks across teams
CREATE INDEX score_week_rep ON score_week (tenant_id, rep_id, week_start);

-- Adds one fact's contribution (sign 1) or takes it away (sign -1); a row left with no entry goes.
CREATE FUNCTION score_week_add(f score_fact, sign integer) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    wins integer := CASE WHEN f.outcome = 'WON' THEN sign ELSE 0 END;
BEGIN
    INSERT INTO score_week AS w VALUES (
        f.tenant_id, f.team_id, f.rep_id, date_trunc('week', f.occurred_at, 'UTC'),
        sign, sign * f.ownership_score, wins, CASE WHEN f.outcome <> 'PROGRESSING' THEN sign ELSE 0 END,
        CASE WHEN f.stance = 'OWNERSHIP' THEN sign ELSE 0 END,
        CASE WHEN f.stance = 'BLAME' THEN sign ELSE 0 END,
        CASE WHEN f.stance = 'HELPLESS' THEN sign ELSE 0 END,
        CASE WHEN f.stance = 'MIXED' THEN sign ELSE 0 END,
        CASE WHEN f.stance = 'NEUTRAL' THEN sign ELSE 0 END,
        sign * cardinality(array_positions(f.blame_targets, 'CUSTOMER')),
        sign * cardinality(array_positions(f.blame_targets, 'MANAGEMENT')),
        sign * cardinality(array_positions(f.blame_targets, 'OPERATIONS')),
        sign * cardinality(array_positions(f.blame_targets, 'PRICE')),
        sign * cardinality(array_positions(f.blame_targets, 'MARKET')),
        sign * cardinality(array_positions(f.blame_targets, 'PRODUCT')),
        CASE WHEN f.archetype = 'SKEPTICAL' THEN sign ELSE 0 END,
        CASE WHEN f.archetype = 'ANTAGONISTIC' THEN sign ELSE 0 END,
        CASE WHEN f.archetype = 'UNINTERESTED' THEN sign ELSE 0 END,
        CASE WHEN f.archetype = 'HOSTILE' THEN sign ELSE 0 END,
        CASE WHEN f.archetype = 'CLOSED' THEN sign ELSE 0 END,
        CASE WHEN f.archetype = 'DISTRUSTFUL' THEN sign ELSE 0 END,
        CASE WHEN f.archetype = 'PRICE_FOCUSED' THEN sign ELSE 0 END,
        CASE WHEN f.archetype = 'NOT_LISTENING' THEN sign ELSE 0 END,
        CASE WHEN f.archetype = 'READY' THEN sign ELSE 0 END,
        CASE WHEN f.archetype = 'SKEPTICAL' THEN wins ELSE 0 END,
        CASE WHEN f.archetype = 'ANTAGONISTIC' THEN wins ELSE 0 END,
        CASE WHEN f.archetype = 'UNINTERESTED' THEN wins ELSE 0 END,
        CASE WHEN f.archetype = 'HOSTILE' THEN wins ELSE 0 END,
        CASE WHEN f.archetype = 'CLOSED' THEN wins ELSE 0 END,
        CASE WHEN f.archetype = 'DISTRUSTFUL' THEN wins ELSE 0 END,
        CASE WHEN f.archetype = 'PRICE_FOCUSED' THEN wins ELSE 0 END,
        CASE WHEN f.archetype = 'NOT_LISTENING' THEN wins ELSE 0 END,
        CASE WHEN f.archetype = 'READY' THEN wins ELSE 0 END)
    ON CONFLICT (tenant_id, team_id, rep_id, week_start) DO UPDATE SET
        entries = w.entries + EXCLUDED.entries, score_sum = w.score_sum + EXCLUDED.score_sum,
        won = w.won + EXCLUDED.won, finals = w.finals + EXCLUDED.finals,
        stance_ownership = w.stance_ownership + EXCLUDED.stance_ownership,
        stance_blame = w.stance_blame + EXCLUDED.stance_blame,
        stance_helpless = w.stance_helpless + EXCLUDED.stance_helpless,
        stance_mixed = w.stance_mixed + EXCLUDED.stance_mixed,
        stance_neutral = w.stance_neutral + EXCLUDED.stance_neutral,
        blame_customer = w.blame_customer + EXCLUDED.blame_customer,
        blame_management = w.blame_management + EXCLUDED.blame_management,
        blame_operations = w.blame_operations + EXCLUDED.blame_operations,
        blame_price = w.blame_price + EXCLUDED.blame_price,
        blame_market = w.blame_market + EXCLUDED.blame_market,
        blame_product = w.blame_product + EXCLUDED.blame_product,
        enc_skeptical = w.enc_skeptical + EXCLUDED.enc_skeptical,
        enc_antagonistic = w.enc_antagonistic + EXCLUDED.enc_antagonistic,
        enc_uninterested = w.enc_uninterested + EXCLUDED.enc_uninterested,
        enc_hostile = w.enc_hostile + EXCLUDED.enc_hostile,
        enc_closed = w.enc_closed + EXCLUDED.enc_closed,
        enc_distrustful = w.enc_distrustful + EXCLUDED.enc_distrustful,
        enc_price_focused = w.enc_price_focused + EXCLUDED.enc_price_focused,
        enc_not_listening = w.enc_not_listening + EXCLUDED.enc_not_listening,
        enc_ready = w.enc_ready + EXCLUDED.enc_ready,
        won_skeptical = w.won_skeptical + EXCLUDED.won_skeptical,
        won_antagonistic = w.won_antagonistic + EXCLUDED.won_antagonistic,
        won_uninterested = w.won_uninterested + EXCLUDED.won_uninterested,
        won_hostile = w.won_hostile + EXCLUDED.won_hostile,
        won_closed = w.won_closed + EXCLUDED.won_closed,
        won_distrustful = w.won_distrustful + EXCLUDED.won_distrustful,
        won_price_focused = w.won_price_focused + EXCLUDED.won_price_focused,
        won_not_listening = w.won_not_listening + EXCLUDED.won_not_listening,
        won_ready = w.won_ready + EXCLUDED.won_ready;
    IF sign < 0 THEN
        DELETE FROM score_week
        WHERE tenant_id = f.tenant_id AND team_id = f.team_id AND rep_id = f.rep_id
          AND week_start = date_trunc('week', f.occurred_at, 'UTC') AND entries = 0;
    END IF;
END
$$;

CREATE FUNCTION score_week_maintain() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM score_week_add(NEW, 1);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM score_week_add(OLD, -1);
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

CREATE TRIGGER score_fact_week AFTER INSERT OR UPDATE OR DELETE ON score_fact
    FOR EACH ROW EXECUTE FUNCTION score_week_maintain();

CREATE FUNCTION score_week_clear() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    TRUNCATE score_week;
    RETURN NULL;
END
$$;

CREATE TRIGGER score_fact_week_truncate AFTER TRUNCATE ON score_fact
    FOR EACH STATEMENT EXECUTE FUNCTION score_week_clear();

-- Rebuilds one tenant's rollups from its facts in one statement: the backfill below, and bulk
-- loads that run with the trigger disabled (the benchmark's generator).
CREATE FUNCTION score_week_rebuild(tenant text) RETURNS void
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
WHERE tenant_id = tenant
GROUP BY tenant_id, team_id, rep_id, date_trunc('week', occurred_at, 'UTC');
$$;

SELECT score_week_rebuild(tenant_id) FROM (SELECT DISTINCT tenant_id FROM score_fact) t;

-- Persistence (encounters per customer, abandonment) needs each customer's facts in order, so it
-- stays on the facts: these indexes deliver them in the window functions' order (no sort).
CREATE INDEX score_fact_rep_customer ON score_fact (tenant_id, rep_id, customer_id, occurred_at, encounter_id)
    INCLUDE (outcome, follow_up_set);
CREATE INDEX score_fact_team_customer ON score_fact (tenant_id, team_id, rep_id, customer_id, occurred_at, encounter_id)
    INCLUDE (outcome, follow_up_set);
