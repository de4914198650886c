package io.onme.scoring.persistence;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.onme.scoring.domain.Indicators.RepProfile;
import io.onme.scoring.domain.Window;

/**
 * The profiles computed the plain way, every indicator straight from the window's facts (the
 * statement the service used before the weekly rollups, with the calendar-week weighting): the
 * oracle the rollup-based {@link IndicatorQueries} is checked against. It answers in the same
 * tagged rows, so the shaping into profiles is shared; the SQL is the other path.
 */
@ApplicationScoped
public class RawProfileOracle {

    private static final String PROFILES = """
            WITH f AS (
                SELECT rep_id, customer_id, encounter_id, occurred_at, archetype, outcome, follow_up_set, stance,
                       ownership_score, blame_targets,
                       round(date_part('epoch', date_trunc('week', CAST({asOf} AS timestamptz), 'UTC')
                                                - date_trunc('week', occurred_at, 'UTC')) / 604800) AS age_weeks,
                       date_part('epoch', CAST({asOf} AS timestamptz) - occurred_at) / 86400 AS age_days
                FROM score_fact
                WHERE tenant_id = {tenant} AND %1$s AND released
                  AND occurred_at <= CAST({asOf} AS timestamptz) AND occurred_at > CAST({from} AS timestamptz)),
            per_archetype AS (
                SELECT rep_id, archetype, count(*) AS encounters, count(*) FILTER (WHERE outcome = 'WON') AS wins
                FROM f WHERE archetype IS NOT NULL
                GROUP BY rep_id, archetype),
            by_customer AS (
                SELECT rep_id, customer_id,
                       min(rn) FILTER (WHERE outcome <> 'PROGRESSING') AS encounters_to_final,
                       bool_or(rn = encounters AND outcome <> 'WON' AND NOT follow_up_set AND age_days >= 30)
                           AS abandoned
                FROM (SELECT f.*,
                             row_number() OVER (PARTITION BY rep_id, customer_id
                                                ORDER BY occurred_at, encounter_id) AS rn,
                             count(*) OVER (PARTITION BY rep_id, customer_id) AS encounters
                      FROM f WHERE customer_id IS NOT NULL) c
                GROUP BY rep_id, customer_id),
            weekly AS (
                SELECT rep_id, date_trunc('week', occurred_at, 'UTC') AS week_start,
                       avg(ownership_score)::float8 AS ownership_index, count(*) AS entries
                FROM f GROUP BY rep_id, date_trunc('week', occurred_at, 'UTC'))
            SELECT 'S' AS kind, rep_id, NULL AS key, NULL::text[] AS teams, count(*) AS n,
                   row_number() OVER (ORDER BY sum(power(0.5::float8, age_weeks / 4) * ownership_score)
                                                   / sum(power(0.5::float8, age_weeks / 4)) DESC NULLS LAST,
                                               count(*) DESC, rep_id) AS m,
                   sum(power(0.5::float8, age_weeks / 4) * ownership_score) / sum(power(0.5::float8, age_weeks / 4))
                       AS x,
                   count(*) FILTER (WHERE outcome = 'WON')::float8
                       / nullif(count(*) FILTER (WHERE outcome <> 'PROGRESSING'), 0) AS y
            FROM f GROUP BY rep_id
            UNION ALL
            SELECT 'T', rep_id, stance, NULL, count(*), NULL,
                   count(*)::float8 / sum(count(*)) OVER (PARTITION BY rep_id), NULL
            FROM f GROUP BY rep_id, stance
            UNION ALL
            SELECT 'B', rep_id, t.target, NULL, count(*), NULL,
                   count(*)::float8 / sum(count(*)) OVER (PARTITION BY rep_id), NULL
            FROM f CROSS JOIN LATERAL unnest(f.blame_targets) AS t(target) GROUP BY rep_id, t.target
            UNION ALL
            SELECT 'A', rep_id, archetype, NULL, encounters, wins,
                   count(*) FILTER (WHERE wins > 0) OVER (PARTITION BY rep_id) / 9.0,
                   abs(coalesce(sum(CASE WHEN wins > 0 THEN (wins::float8 / total_wins) * ln(wins::float8 / total_wins) END)
                       OVER (PARTITION BY rep_id) / ln(9), 0))
            FROM (SELECT *, sum(wins) OVER (PARTITION BY rep_id) AS total_wins FROM per_archetype) a
            UNION ALL
            SELECT 'P', rep_id, NULL, NULL, NULL, NULL, avg(encounters_to_final)::float8,
                   avg(CASE WHEN abandoned THEN 1.0 ELSE 0.0 END)::float8
            FROM by_customer GROUP BY rep_id
            UNION ALL
            SELECT 'W', r.rep_id, to_char(w.week_start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), NULL,
                   coalesce(weekly.entries, 0), NULL, weekly.ownership_index, NULL
            FROM %2$s
            CROSS JOIN generate_series(
                    date_trunc('week', coalesce(CAST({trendStart} AS timestamptz), (SELECT min(occurred_at) FROM f)), 'UTC'),
                    date_trunc('week', CAST({asOf} AS timestamptz), 'UTC'),
                    interval '168 hours') AS w(week_start)
            LEFT JOIN weekly ON weekly.rep_id = r.rep_id AND weekly.week_start = w.week_start
            UNION ALL
            SELECT 'M', rep_id, (array_agg(rep_name ORDER BY last_seen_at DESC) FILTER (WHERE rep_name IS NOT NULL))[1],
                   array_agg(team_id ORDER BY team_id), NULL, NULL, NULL, NULL
            FROM rep_member
            WHERE tenant_id = {tenant} AND rep_id IN (SELECT rep_id FROM %2$s)
            GROUP BY rep_id
            """;

    @Inject
    IndicatorQueries queries;

    public List<RepProfile> repProfiles(
            String tenantId, List<String> repIds, Window window, Instant asOf) {
        return profiles(tenantId, IndicatorQueries.Scope.reps(repIds), repIds, window, asOf);
    }

    public List<RepProfile> leaderboard(
            String tenantId, String teamId, Window window, Instant asOf) {
        return profiles(tenantId, IndicatorQueries.Scope.team(teamId), null, window, asOf);
    }

    private List<RepProfile> profiles(
            String tenantId,
            IndicatorQueries.Scope scope,
            List<String> repOrder,
            Window window,
            Instant asOf) {
        String reps = repOrder != null
                ? "unnest(CAST({reps} AS text[])) AS r(rep_id)"
                : "(SELECT DISTINCT rep_id FROM f) AS r";
        Map<String, Object> values = new HashMap<>();
        values.put("tenant", tenantId);
        values.put(scope.name(), scope.parameter());
        values.put("asOf", asOf.toString());
        values.put(
                "from",
                window.length().map(asOf::minus).map(Instant::toString).orElse("-infinity"));
        values.put(
                "trendStart", window.length().map(asOf::minus).map(Instant::toString).orElse(null));
        return queries.readProfiles(
                IndicatorQueries.Named.bind(PROFILES.formatted(scope.named(), reps), values),
                repOrder,
                window,
                asOf);
    }
}
