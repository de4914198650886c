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
     * The facts of the window, with each one's age at {@code asOf}. Parameters: asOf, asOf,
     * tenant, scope, asOf, window start ('-infinity' for all time).
     */
    private static final String FACTS = """
            WITH f AS (
                SELECT rep_id, customer_id, encounter_id, occurred_at, archetype, outcome, follow_up_set, stance,
                       ownership_score, blame_targets,
                       floor(extract(epoch FROM (CAST(? AS timestamptz) - occurred_at)) / 604800) AS age_weeks,
                       extract(epoch FROM (CAST(? AS timestamptz) - occurred_at)) / 86400 AS age_days
                FROM score_fact
                WHERE tenant_id = ? AND %s
                  AND occurred_at <= CAST(? AS timestamptz) AND occurred_at > CAST(? AS timestamptz))
            """;

    /** Entries, time-weighted ownership index, win rate; ranked as a leaderboard ranks. */
    private static final String SUMMARY = FACTS + """
            SELECT rep_id,
                   count(*) AS entries,
                   sum(power(0.5, age_weeks / %d.0) * ownership_score) / sum(power(0.5, age_weeks / %d.0))
                       AS ownership_index,
                   count(*) FILTER (WHERE outcome = 'WON')::float8
                       / nullif(count(*) FILTER (WHERE outcome <> 'PROGRESSING'), 0) AS win_rate
            FROM f
            GROUP BY rep_id
            ORDER BY ownership_index DESC NULLS LAST, entries DESC, rep_id
            """.formatted(HALF_LIFE_WEEKS, HALF_LIFE_WEEKS);

    private static final String STANCES = FACTS + """
            SELECT rep_id, stance, count(*) AS n,
                   count(*)::float8 / sum(count(*)) OVER (PARTITION BY rep_id) AS share
            FROM f
            GROUP BY rep_id, stance
            """;

    /** Shares among the blame mentions of the window (an entry may name several targets). */
    private static final String BLAME = FACTS + """
            SELECT rep_id, t.target, count(*) AS n,
                   count(*)::float8 / sum(count(*)) OVER (PARTITION BY rep_id) AS share
            FROM f CROSS JOIN LATERAL unnest(f.blame_targets) AS t(target)
            GROUP BY rep_id, t.target
            """;

    /**
     * Wins and encounters per archetype, and per rep: coverage (archetypes won of nine) and
     * evenness (Shannon entropy of wins over archetypes, divided by ln 9).
     */
    private static final String ARCHETYPES = FACTS + """
            , per_archetype AS (
                SELECT rep_id, archetype, count(*) AS encounters, count(*) FILTER (WHERE outcome = 'WON') AS wins
                FROM f WHERE archetype IS NOT NULL
                GROUP BY rep_id, archetype)
            SELECT rep_id, archetype, encounters, wins,
                   count(*) FILTER (WHERE wins > 0) OVER (PARTITION BY rep_id) / 9.0 AS coverage,
                   abs(coalesce(sum(CASE WHEN wins > 0 THEN (wins::float8 / total_wins) * ln(wins::float8 / total_wins) END)
                       OVER (PARTITION BY rep_id) / ln(9), 0)) AS evenness
            FROM (SELECT *, sum(wins) OVER (PARTITION BY rep_id) AS total_wins FROM per_archetype) a
            """;

    /**
     * Per customer (of a rep): encounters up to and including the first final outcome, and
     * whether the customer was abandoned (last encounter a non-win with no follow-up set, and no
     * later encounter for {@value #ABANDONMENT_DAYS} days).
     */
    private static final String PERSISTENCE = FACTS + """
            , by_customer AS (
                SELECT rep_id, customer_id,
                       min(rn) FILTER (WHERE outcome <> 'PROGRESSING') AS encounters_to_final,
                       bool_or(rn_desc = 1 AND outcome <> 'WON' AND NOT follow_up_set AND age_days >= %d) AS abandoned
                FROM (SELECT f.*,
                             row_number() OVER (PARTITION BY rep_id, customer_id
                                                ORDER BY occurred_at, encounter_id) AS rn,
                             row_number() OVER (PARTITION BY rep_id, customer_id
                                                ORDER BY occurred_at DESC, encounter_id DESC) AS rn_desc
                      FROM f WHERE customer_id IS NOT NULL) c
                GROUP BY rep_id, customer_id)
            SELECT rep_id,
                   avg(encounters_to_final)::float8 AS encounters_per_customer,
                   avg(CASE WHEN abandoned THEN 1.0 ELSE 0.0 END)::float8 AS abandonment_rate
            FROM by_customer
            GROUP BY rep_id
            """.formatted(ABANDONMENT_DAYS);

    /**
     * Weekly points (ISO weeks, Monday 00:00 UTC) from the window's first week — or the first
     * fact's, for all time — to the week of asOf; weeks without entries have no index. Extra
     * parameters after the facts': window start or null, asOf.
     */
    private static final String TREND = FACTS + """
            , weekly AS (
                SELECT rep_id, date_trunc('week', occurred_at, 'UTC') AS week_start,
                       avg(ownership_score)::float8 AS ownership_index, count(*) AS entries
                FROM f GROUP BY rep_id, date_trunc('week', occurred_at, 'UTC'))
            SELECT r.rep_id, w.week_start, weekly.ownership_index, coalesce(weekly.entries, 0) AS entries
            FROM %s
            CROSS JOIN generate_series(
                    date_trunc('week', coalesce(CAST(? AS timestamptz), (SELECT min(occurred_at) FROM f)), 'UTC'),
                    date_trunc('week', CAST(? AS timestamptz), 'UTC'),
                    interval '1 week') AS w(week_start)
            LEFT JOIN weekly ON weekly.rep_id = r.rep_id AND weekly.week_start = w.week_start
            ORDER BY r.rep_id, w.week_start
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
            query(c, QUARTILES.formatted(Scope.team(teamId).condition()), factParams(tenantId, Scope.team(teamId), window, asOf), r -> {
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

    private List<RepProfile> profiles(String tenantId, Scope scope, List<String> repOrder, Window window, Instant asOf) {
        Map<String, Builder> reps = new LinkedHashMap<>();
        if (repOrder != null) {
            repOrder.forEach(rep -> reps.put(rep, new Builder()));
        }
        List<Object> params = factParams(tenantId, scope, window, asOf);
        try (Connection c = dataSource.getConnection()) {
            query(c, SUMMARY.formatted(scope.condition()), params, r -> {
                Builder b = reps.computeIfAbsent(r.getString("rep_id"), k -> new Builder());
                b.entries = r.getInt("entries");
                b.ownershipIndex = nullableDouble(r, "ownership_index");
                b.winRate = nullableDouble(r, "win_rate");
            });
            if (reps.isEmpty()) {
                return List.of();
            }
            query(c, STANCES.formatted(scope.condition()), params, r -> {
                Stance stance = Stance.valueOf(r.getString("stance"));
                reps.get(r.getString("rep_id")).stances.put(stance,
                        new StanceShare(stance, r.getDouble("share"), r.getInt("n")));
            });
            query(c, BLAME.formatted(scope.condition()), params, r -> {
                BlameTarget target = BlameTarget.valueOf(r.getString("target"));
                reps.get(r.getString("rep_id")).targets.put(target,
                        new TargetShare(target, r.getDouble("share"), r.getInt("n")));
            });
            query(c, ARCHETYPES.formatted(scope.condition()), params, r -> {
                Builder b = reps.get(r.getString("rep_id"));
                Archetype archetype = Archetype.valueOf(r.getString("archetype"));
                b.archetypes.put(archetype, new ArchetypeWins(archetype, r.getInt("wins"), r.getInt("encounters")));
                b.coverage = r.getDouble("coverage");
                b.evenness = r.getDouble("evenness");
            });
            query(c, PERSISTENCE.formatted(scope.condition()), params, r -> reps.get(r.getString("rep_id")).persistence =
                    new Persistence(nullableDouble(r, "encounters_per_customer"),
                            nullableDouble(r, "abandonment_rate")));
            String trendReps = repOrder != null ? "unnest(CAST(? AS text[])) AS r(rep_id)"
                    : "(SELECT DISTINCT rep_id FROM f) AS r";
            List<Object> trendParams = new ArrayList<>(params);
            if (repOrder != null) {
                trendParams.add(repOrder.toArray(String[]::new));
            }
            trendParams.add(window.length().map(asOf::minus).map(Instant::toString).orElse(null));
            trendParams.add(asOf.toString());
            query(c, TREND.formatted(scope.condition(), trendReps), trendParams, r -> reps.get(r.getString("rep_id"))
                    .trend.add(new TrendPoint(r.getTimestamp("week_start").toInstant(),
                            nullableDouble(r, "ownership_index"), r.getInt("entries"))));
        } catch (SQLException e) {
            throw new IllegalStateException("profile queries failed", e);
        }
        Map<String, Member> members = membersById(tenantId, List.copyOf(reps.keySet()));
        List<RepProfile> profiles = new ArrayList<>();
        reps.forEach((rep, b) -> profiles.add(toProfile(
                members.getOrDefault(rep, new Member(rep, null, List.of())), b, window, asOf)));
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
