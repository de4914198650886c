package io.onme.scoring.persistence;

import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.Stance;
import io.onme.scoring.domain.Archetype;
import io.onme.scoring.domain.Indicators.ArchetypeRange;
import io.onme.scoring.domain.Indicators.ArchetypeWins;
import io.onme.scoring.domain.Indicators.Member;
import io.onme.scoring.domain.Indicators.Persistence;
import io.onme.scoring.domain.Indicators.QuartileOutcome;
import io.onme.scoring.domain.Indicators.RepProfile;
import io.onme.scoring.domain.Indicators.StanceShare;
import io.onme.scoring.domain.Indicators.TargetShare;
import io.onme.scoring.domain.Indicators.TrendPoint;
import io.onme.scoring.domain.Window;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicators of ownership model §4, computed by PostgreSQL over the indexed facts of one
 * window (aggregates and window functions): Java only reads the aggregated rows and puts them
 * in shape. Every query groups by rep, so one rep's profile and a team's leaderboard are the
 * same queries over different scopes.
 */
@ApplicationScoped
public class IndicatorQueries {

    /** Half-life of an entry's weight in the ownership index, in whole weeks of age. */
    public static final int HALF_LIFE_WEEKS = 4;

    /** A customer is abandoned when their last encounter is this old and was left as described. */
    public static final int ABANDONMENT_DAYS = 30;

    /** Which facts: those of some reps (all teams), or those of one team (grouped by rep). */
    public record Scope(String condition, Object parameter) {

        public static Scope reps(List<String> repIds) {
            return new Scope("rep_id = ANY(?)", repIds.toArray(String[]::new));
        }

        public static Scope team(String teamId) {
            return new Scope("team_id = ?", teamId);
        }
    }

    /**
     * The facts of the window, with each one's age at {@code asOf} (float8 arithmetic: numeric
     * powers are two orders of magnitude slower). Parameters: asOf, asOf, tenant, scope, asOf,
     * window start ('-infinity' for all time).
     */
    private static final String FACTS = """
            WITH f AS (
                SELECT rep_id, customer_id, encounter_id, occurred_at, archetype, outcome, follow_up_set, stance,
                       ownership_score, blame_targets,
                       floor(date_part('epoch', CAST(? AS timestamptz) - occurred_at) / 604800) AS age_weeks,
                       date_part('epoch', CAST(? AS timestamptz) - occurred_at) / 86400 AS age_days
                FROM score_fact
                WHERE tenant_id = ? AND %s
                  AND occurred_at <= CAST(? AS timestamptz) AND occurred_at > CAST(? AS timestamptz))
            """;

    /**
     * Every part of the profiles in one statement (one round trip, the window's facts read once),
     * as rows tagged by {@code kind}. Extra parameters after the facts': the reps (rep scope
     * only), the trend's first week (window start, or null for the first fact's week), asOf,
     * tenant, the reps again (rep scope only).
     * <ul>
     * <li>S (summary): n = entries, x = time-weighted ownership index, y = win rate,
     *     m = rank (ownership index desc, entries desc, rep id);</li>
     * <li>T (stance) and B (blame target): key, n = count, x = share (of entries; of mentions);</li>
     * <li>A (archetype): key, n = encounters, m = wins, x = coverage, y = evenness (entropy of wins
     *     over archetypes / ln 9);</li>
     * <li>P (persistence): x = mean encounters per customer up to the first final outcome,
     *     y = abandonment rate;</li>
     * <li>W (trend): key = ISO week start, n = entries, x = mean score of the week or null;</li>
     * <li>M (member): key = latest display name, teams = the teams the rep was seen in.</li>
     * </ul>
     */
    private static final String PROFILES = FACTS.replace("%s", "%4$s") + """
            , per_archetype AS (
                SELECT rep_id, archetype, count(*) AS encounters, count(*) FILTER (WHERE outcome = 'WON') AS wins
                FROM f WHERE archetype IS NOT NULL
                GROUP BY rep_id, archetype),
            by_customer AS (
                SELECT rep_id, customer_id,
                       min(rn) FILTER (WHERE outcome <> 'PROGRESSING') AS encounters_to_final,
                       bool_or(rn = encounters AND outcome <> 'WON' AND NOT follow_up_set AND age_days >= %2$d)
                           AS abandoned
                FROM (SELECT f.*,
                             -- one sort serves both: the last encounter is the one numbered `encounters`
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
                   row_number() OVER (ORDER BY sum(power(0.5::float8, age_weeks / %1$d) * ownership_score)
                                                   / sum(power(0.5::float8, age_weeks / %1$d)) DESC NULLS LAST,
                                               count(*) DESC, rep_id) AS m,
                   sum(power(0.5::float8, age_weeks / %1$d) * ownership_score) / sum(power(0.5::float8, age_weeks / %1$d))
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
            FROM %3$s
            CROSS JOIN generate_series(
                    date_trunc('week', coalesce(CAST(? AS timestamptz), (SELECT min(occurred_at) FROM f)), 'UTC'),
                    date_trunc('week', CAST(? AS timestamptz), 'UTC'),
                    interval '1 week') AS w(week_start)
            LEFT JOIN weekly ON weekly.rep_id = r.rep_id AND weekly.week_start = w.week_start
            UNION ALL
            SELECT 'M', rep_id, (array_agg(rep_name ORDER BY last_seen_at DESC) FILTER (WHERE rep_name IS NOT NULL))[1],
                   array_agg(team_id ORDER BY team_id), NULL, NULL, NULL, NULL
            FROM rep_member
            WHERE tenant_id = ? AND rep_id IN (SELECT rep_id FROM %3$s)
            GROUP BY rep_id
            """;

    /** Win rate by quartile of entry score (quartiles by rank, ties by time then id). */
    private static final String QUARTILES = FACTS + """
            , ranked AS (
                SELECT ownership_score, outcome,
                       ntile(4) OVER (ORDER BY ownership_score, occurred_at, encounter_id) AS quartile
                FROM f)
            SELECT quartile, min(ownership_score)::float8 AS min_score, max(ownership_score)::float8 AS max_score,
                   count(*) AS encounters,
                   count(*) FILTER (WHERE outcome = 'WON')::float8
                       / nullif(count(*) FILTER (WHERE outcome <> 'PROGRESSING'), 0) AS win_rate
            FROM ranked
            GROUP BY quartile
            ORDER BY quartile
            """;

    private static final String MEMBERS = """
            SELECT rep_id,
                   (array_agg(rep_name ORDER BY last_seen_at DESC) FILTER (WHERE rep_name IS NOT NULL))[1] AS name,
                   array_agg(team_id ORDER BY team_id) AS teams
            FROM rep_member
            WHERE tenant_id = ? AND %s
            GROUP BY rep_id
            ORDER BY rep_id
            """;

    @Inject
    DataSource dataSource;

    /** Profiles of the given reps, in the order given; reps without facts get empty profiles. */
    public List<RepProfile> repProfiles(String tenantId, List<String> repIds, Window window, Instant asOf) {
        if (repIds.isEmpty()) {
            return List.of();
        }
        return profiles(tenantId, Scope.reps(repIds), repIds, window, asOf);
    }

    /** The team's leaderboard: its reps' profiles over the team's facts, best ownership index first. */
    public List<RepProfile> leaderboard(String tenantId, String teamId, Window window, Instant asOf) {
        return profiles(tenantId, Scope.team(teamId), null, window, asOf);
    }

    public List<QuartileOutcome> ownershipOutcome(String tenantId, String teamId, Window window, Instant asOf) {
        Map<Integer, QuartileOutcome> found = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            Scope team = Scope.team(teamId);
            query(c, QUARTILES.formatted(team.condition()), factParams(tenantId, team, window, asOf), r -> {
                int quartile = r.getInt("quartile");
                found.put(quartile, new QuartileOutcome(quartile, r.getDouble("min_score"), r.getDouble("max_score"),
                        r.getInt("encounters"), nullableDouble(r, "win_rate")));
            });
        } catch (SQLException e) {
            throw new IllegalStateException("ownership-outcome query failed", e);
        }
        List<QuartileOutcome> all = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            all.add(found.getOrDefault(q, new QuartileOutcome(q, null, null, 0, null)));
        }
        return all;
    }

    /** Reps seen in the team's facts, with every team they were seen in. */
    public List<Member> teamMembers(String tenantId, String teamId) {
        return members(tenantId, "rep_id IN (SELECT rep_id FROM rep_member WHERE tenant_id = ? AND team_id = ?)",
                List.of(tenantId, teamId));
    }

    public Map<String, Member> membersById(String tenantId, List<String> repIds) {
        Map<String, Member> byId = new LinkedHashMap<>();
        members(tenantId, "rep_id = ANY(?)", List.of((Object) repIds.toArray(String[]::new)))
                .forEach(m -> byId.put(m.id(), m));
        return byId;
    }

    /** Whether any fact of the tenant was ever scored for this team. */
    public boolean teamKnown(String tenantId, String teamId) {
        return exists("SELECT 1 FROM rep_member WHERE tenant_id = ? AND team_id = ? LIMIT 1", tenantId, teamId);
    }

    private List<Member> members(String tenantId, String condition, List<Object> params) {
        List<Object> all = new ArrayList<>();
        all.add(tenantId);
        all.addAll(params);
        List<Member> members = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            query(c, MEMBERS.formatted(condition), all, r -> members.add(new Member(r.getString("rep_id"),
                    r.getString("name"), Arrays.asList((String[]) r.getArray("teams").getArray()))));
        } catch (SQLException e) {
            throw new IllegalStateException("member query failed", e);
        }
        return members;
    }

    private boolean exists(String sql, Object... params) {
        boolean[] found = {false};
        try (Connection c = dataSource.getConnection()) {
            query(c, sql, List.of(params), r -> found[0] = true);
        } catch (SQLException e) {
            throw new IllegalStateException("lookup failed", e);
        }
        return found[0];
    }

    /** Mutable while the rows of the five queries are gathered for one rep. */
    private static final class Builder {
        int entries;
        Double ownershipIndex;
        Double winRate;
        final List<TrendPoint> trend = new ArrayList<>();
        final Map<Stance, StanceShare> stances = new EnumMap<>(Stance.class);
        final Map<BlameTarget, TargetShare> targets = new EnumMap<>(BlameTarget.class);
        final Map<Archetype, ArchetypeWins> archetypes = new EnumMap<>(Archetype.class);
        double coverage;
        double evenness;
        Persistence persistence = new Persistence(null, null);
    }

    private List<RepProfile> profiles(String tenantId, Scope scope, List<String> repOrder, Window window,
                                      Instant asOf) {
        Map<String, Builder> reps = new LinkedHashMap<>();
        if (repOrder != null) {
            repOrder.forEach(rep -> reps.put(rep, new Builder()));
        }
        Map<String, Long> rank = new java.util.HashMap<>();
        String trendReps = repOrder != null ? "unnest(CAST(? AS text[])) AS r(rep_id)"
                : "(SELECT DISTINCT rep_id FROM f) AS r";
        String sql = PROFILES.formatted(HALF_LIFE_WEEKS, ABANDONMENT_DAYS, trendReps, scope.condition());
        List<Object> params = factParams(tenantId, scope, window, asOf);
        if (repOrder != null) {
            params.add(repOrder.toArray(String[]::new));
        }
        params.add(window.length().map(asOf::minus).map(Instant::toString).orElse(null));
        params.add(asOf.toString());
        params.add(tenantId);
        if (repOrder != null) {
            params.add(repOrder.toArray(String[]::new));
        }
        Map<String, Member> members = new java.util.HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            query(c, sql, params, r -> {
                Builder b = reps.computeIfAbsent(r.getString("rep_id"), k -> new Builder());
                String key = r.getString("key");
                switch (r.getString("kind")) {
                    case "S" -> {
                        b.entries = r.getInt("n");
                        b.ownershipIndex = nullableDouble(r, "x");
                        b.winRate = nullableDouble(r, "y");
                        rank.put(r.getString("rep_id"), r.getLong("m"));
                    }
                    case "T" -> {
                        Stance stance = Stance.valueOf(key);
                        b.stances.put(stance, new StanceShare(stance, r.getDouble("x"), r.getInt("n")));
                    }
                    case "B" -> {
                        BlameTarget target = BlameTarget.valueOf(key);
                        b.targets.put(target, new TargetShare(target, r.getDouble("x"), r.getInt("n")));
                    }
                    case "A" -> {
                        Archetype archetype = Archetype.valueOf(key);
                        b.archetypes.put(archetype, new ArchetypeWins(archetype, r.getInt("m"), r.getInt("n")));
                        b.coverage = r.getDouble("x");
                        b.evenness = r.getDouble("y");
                    }
                    case "P" -> b.persistence = new Persistence(nullableDouble(r, "x"), nullableDouble(r, "y"));
                    case "W" -> b.trend.add(new TrendPoint(Instant.parse(key), nullableDouble(r, "x"), r.getInt("n")));
                    case "M" -> members.put(r.getString("rep_id"), new Member(r.getString("rep_id"), key,
                            Arrays.asList((String[]) r.getArray("teams").getArray())));
                    default -> throw new IllegalStateException("unknown profile row " + r.getString("kind"));
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("profile query failed", e);
        }
        List<String> order = new ArrayList<>(reps.keySet());
        if (repOrder == null) {
            // the leaderboard: the rank PostgreSQL gave
            order.sort(java.util.Comparator.comparing(rep -> rank.getOrDefault(rep, Long.MAX_VALUE)));
        }
        List<RepProfile> profiles = new ArrayList<>();
        for (String rep : order) {
            Builder b = reps.get(rep);
            b.trend.sort(java.util.Comparator.comparing(TrendPoint::periodStart));
            profiles.add(toProfile(members.getOrDefault(rep, new Member(rep, null, List.of())), b, window, asOf));
        }
        return profiles;
    }

    private static RepProfile toProfile(Member member, Builder b, Window window, Instant asOf) {
        List<StanceShare> stanceMix = new ArrayList<>();
        for (Stance stance : Stance.values()) {
            stanceMix.add(b.stances.getOrDefault(stance, new StanceShare(stance, 0.0, 0)));
        }
        List<TargetShare> blame = new ArrayList<>();
        for (BlameTarget target : BlameTarget.values()) {
            blame.add(b.targets.getOrDefault(target, new TargetShare(target, 0.0, 0)));
        }
        List<ArchetypeWins> wins = new ArrayList<>();
        List<Archetype> won = new ArrayList<>();
        for (Archetype archetype : Archetype.values()) {
            ArchetypeWins w = b.archetypes.getOrDefault(archetype, new ArchetypeWins(archetype, 0, 0));
            wins.add(w);
            if (w.wins() > 0) {
                won.add(archetype);
            }
        }
        return new RepProfile(member, window, asOf, b.entries, b.ownershipIndex, List.copyOf(b.trend), stanceMix, blame,
                new ArchetypeRange(won, b.coverage, b.evenness, wins), b.persistence, b.winRate);
    }

    private static List<Object> factParams(String tenantId, Scope scope, Window window, Instant asOf) {
        String at = asOf.toString();
        String from = window.length().map(asOf::minus).map(Instant::toString).orElse("-infinity");
        List<Object> params = new ArrayList<>();
        params.add(at);
        params.add(at);
        params.add(tenantId);
        params.add(scope.parameter());
        params.add(at);
        params.add(from);
        return params;
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private static void query(Connection connection, String sql, List<Object> params, RowReader reader)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                Object value = params.get(i);
                if (value instanceof String[] array) {
                    Array sqlArray = connection.createArrayOf("text", array);
                    statement.setArray(i + 1, sqlArray);
                } else if (value == null) {
                    statement.setNull(i + 1, java.sql.Types.VARCHAR);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    private static Double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }
}
