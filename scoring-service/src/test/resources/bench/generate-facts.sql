-- Issue 6 scale data set for tenant 'bench' (reproducible: fixed seed).
--   1 000 000 facts, 500 reps (rep-000 .. rep-499), 50 teams of 10 reps (team-00 .. team-49),
--   300 customers per rep, occurred-at uniform over the two years ending 2026-11-26T12:00Z.
-- Distributions:
--   each rep has an ownership propensity p = 0.30 .. 0.79 (spread over reps);
--   stance: OWNERSHIP 0.8p, NEUTRAL 0.10, and the rest BLAME 60 % / MIXED 25 % / HELPLESS 15 %;
--   score by stance: OWNERSHIP 70-100, NEUTRAL 45-60, MIXED 35-60, BLAME 5-35, HELPLESS 0-25;
--   targets (BLAME, MIXED): CUSTOMER 35 %, PRICE 25 %, OPERATIONS 15 %, MANAGEMENT 10 %,
--   MARKET 10 %, PRODUCT 5 %, a second target 20 % of the time;
--   archetype: none 5 %, READY 25 %, PRICE_FOCUSED 15 %, SKEPTICAL 15 %, five others 7.5 %,
--   DISTRUSTFUL and NOT_LISTENING 5 %;
--   outcome: WON with probability 0.08 + 0.32 * score / 100 (ownership pays), otherwise
--   PROGRESSING, LOST or NO_DECISION; follow-up set 60 %.
--
-- The weekly rollups (score_week) are rebuilt in one statement after the load: the row trigger
-- that keeps them on every write would take minutes for a million rows (4.6 min measured, on the
-- busy shared machine, against 30 s for the load itself).
SELECT setseed(0.42);

ALTER TABLE score_fact DISABLE TRIGGER score_fact_week;

INSERT INTO score_fact (tenant_id, encounter_id, revision, rep_id, rep_name, team_id, customer_id, occurred_at,
                        archetype, outcome, follow_up_set, reflection, language, stance, ownership_score,
                        blame_targets, analysis, analyzer_version, scored_at, released)
SELECT 'bench',
       'enc-' || g,
       1,
       'rep-' || lpad(r::text, 3, '0'),
       'Rep ' || r,
       'team-' || lpad((r / 10)::text, 2, '0'),
       'c-' || r || '-' || floor(u_customer * 300)::int,
       timestamptz '2026-11-26 12:00:00+00' - u_time * interval '730 days',
       CASE WHEN u_arch < 0.05 THEN NULL
            WHEN u_arch < 0.30 THEN 'READY'
            WHEN u_arch < 0.45 THEN 'PRICE_FOCUSED'
            WHEN u_arch < 0.60 THEN 'SKEPTICAL'
            WHEN u_arch < 0.675 THEN 'ANTAGONISTIC'
            WHEN u_arch < 0.75 THEN 'UNINTERESTED'
            WHEN u_arch < 0.825 THEN 'HOSTILE'
            WHEN u_arch < 0.90 THEN 'CLOSED'
            WHEN u_arch < 0.95 THEN 'DISTRUSTFUL'
            ELSE 'NOT_LISTENING' END,
       CASE WHEN u_out < 0.08 + 0.32 * score / 100.0 THEN 'WON'
            WHEN u_out < 0.50 THEN 'PROGRESSING'
            WHEN u_out < 0.85 THEN 'LOST'
            ELSE 'NO_DECISION' END,
       u_follow < 0.6,
       'generated',
       'EN',
       stance,
       score,
       CASE WHEN stance IN ('BLAME', 'MIXED') THEN
                CASE WHEN u_t2 < 0.2
                     THEN ARRAY[targets[t1], targets[1 + (t1 + floor(u_t2 * 25)::int % 5) % 6]]
                     ELSE ARRAY[targets[t1]] END
            ELSE '{}' END,
       '{}'::jsonb,
       'bench-1.0.0',
       now()
FROM (SELECT g, r, u_time, u_customer, u_arch, u_out, u_follow, u_t2, targets, t1, stance,
             (CASE stance WHEN 'OWNERSHIP' THEN 70 + floor(u_score * 31)
                          WHEN 'NEUTRAL' THEN 45 + floor(u_score * 16)
                          WHEN 'MIXED' THEN 35 + floor(u_score * 26)
                          WHEN 'BLAME' THEN 5 + floor(u_score * 31)
                          ELSE floor(u_score * 26) END)::smallint AS score
      FROM (SELECT g, r, u_time, u_customer, u_arch, u_out, u_follow, u_score, u_t2,
                   ARRAY['CUSTOMER', 'PRICE', 'OPERATIONS', 'MANAGEMENT', 'MARKET', 'PRODUCT'] AS targets,
                   CASE WHEN u_t1 < 0.35 THEN 1 WHEN u_t1 < 0.60 THEN 2 WHEN u_t1 < 0.75 THEN 3
                        WHEN u_t1 < 0.85 THEN 4 WHEN u_t1 < 0.95 THEN 5 ELSE 6 END AS t1,
                   CASE WHEN u_stance < 0.8 * p THEN 'OWNERSHIP'
                        WHEN u_stance < 0.8 * p + 0.10 THEN 'NEUTRAL'
                        WHEN u_stance < 0.8 * p + 0.10 + (0.9 - 0.8 * p) * 0.60 THEN 'BLAME'
                        WHEN u_stance < 0.8 * p + 0.10 + (0.9 - 0.8 * p) * 0.85 THEN 'MIXED'
                        ELSE 'HELPLESS' END AS stance
            FROM (SELECT g, g % 500 AS r, 0.30 + 0.5 * ((g % 500) * 37 % 100) / 100.0 AS p,
                         random() AS u_time, random() AS u_customer, random() AS u_arch, random() AS u_out,
                         random() AS u_follow, random() AS u_stance, random() AS u_score, random() AS u_t1,
                         random() AS u_t2
                  FROM generate_series(1, 1000000) AS g) raw) staged) scored;

INSERT INTO rep_member (tenant_id, rep_id, team_id, rep_name, last_seen_at)
SELECT tenant_id, rep_id, team_id, max(rep_name), max(occurred_at)
FROM score_fact WHERE tenant_id = 'bench'
GROUP BY tenant_id, rep_id, team_id
ON CONFLICT DO NOTHING;

ALTER TABLE score_fact ENABLE TRIGGER score_fact_week;
SELECT score_week_rebuild('bench');

-- (VACUUM ANALYZE follows as its own statement: it cannot run in this script's transaction)
