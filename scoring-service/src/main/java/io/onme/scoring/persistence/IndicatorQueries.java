package io.onme.scoring.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.postgresql.PGStatement;

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

/**
 * The indicators of ownership model §4, computed by PostgreSQL over the weekly rollups and the
 * indexed facts of one window (aggregates and window functions): Java only reads the aggregated
 * rows and puts them in shape. Every query groups by rep, so one rep's profile and a team's
 * leaderboard are the same queries over different scopes. Only released readings count
 * (docs/coaching-not-surveillance.md): the rollups hold released facts only (V6) and every
 * statement over the facts asks for {@code released}, which the indicator indexes are partial on.
 */
@ApplicationScoped
public class IndicatorQueries {

    /** Half-life of an entry's weight in the ownership index, in calendar weeks of age. */
    public static final int HALF_LIFE_WEEKS = 4;

    /** A customer is abandoned when their last encounter is this old and was left as described. */
    public static final int ABANDONMENT_DAYS = 30;

    /** Which facts: those of some reps (all teams), or those of one team (grouped by rep). */
    public record Scope(String condition, String name, Object parameter) {

        public static Scope reps(List<String> repIds) {
            return new Scope("rep_id = ANY(?)", "reps", repIds.toArray(String[]::new));
        }

        public static Scope team(String teamId) {
            return new Scope("team_id = ?", "team", teamId);
        }

        /** The condition with a named parameter, for {@link Named}. */
        public String named() {
            return condition.replace("?", "{" + name + "}");
        }
    }

    /**
     * A statement with its positional parameters, bound from a template whose parameters are
     * written by name in braces ({@code {asOf}}), as often as needed.
     */
    record Named(String sql, List<Object> params) {

        static Named bind(String template, Map<String, Object> values) {
            return Template.parse(template).bind(values);
        }
    }

    /**
     * A named-parameter template turned into SQL with {@code ?} once, and the names in their order.
     */
    record Template(String sql, List<String> names) {

        private static final java.util.regex.Pattern PARAMETER = java.util.regex.Pattern.compile("\\{(\\w+)}");

        static Template parse(String template) {
            List<String> names = new ArrayList<>();
            java.util.regex.Matcher m = PARAMETER.matcher(template);
            StringBuilder sql = new StringBuilder();
            while (m.find()) {
                names.add(m.group(1));
                m.appendReplacement(sql, "?");
            }
            m.appendTail(sql);
            return new Template(sql.toString(), List.copyOf(names));
        }

        Named bind(Map<String, Object> values) {
            List<Object> params = new ArrayList<>(names.size());
            for (String name : names) {
                if (!values.containsKey(name)) {
                    throw new IllegalArgumentException("no value for parameter " + name);
                }
                params.add(values.get(name));
            }
            return new Named(sql, params);
        }
    }

    /** One count column of {@code score_week} per value of the fixed enums, as (key, column). */
    private static final String STANCE_COLUMNS = columns("stance_", Stance.values());

    private static final String TARGET_COLUMNS = columns("blame_", BlameTarget.values());

    /**
     * Every part of the profiles in one statement (one round trip), as rows tagged by {@code kind}.
     * The window is cut into the calendar weeks wholly inside it, read from the weekly rollups
     * ({@code score_week}, {lo} ≤ week_start < {hi}), and the partial weeks at its two edges,
     * aggregated from the facts into the same shape ({from} < occurredAt < {lo} and {hi} ≤
     * occurredAt ≤ {asOf}); so a year is ~52 rollup rows per rep and the result is as exact as over
     * the facts. Persistence needs each customer's facts in order and reads the window's facts
     * through an index in that order. Named parameters in braces.
     *
     * <ul>
     * <li>S (summary): n = entries, x = ownership index (weeks weighted by their age in calendar
     * weeks at asOf), y = win rate, m = rank (ownership index desc, entries desc, rep id);
     * <li>T (stance) and B (blame target): key, n = count, x = share (of entries; of mentions);
     * <li>A (archetype): key, n = encounters, m = wins, x = coverage, y = evenness (entropy of
     * wins over archetypes / ln 9);
     * <li>P (persistence): x = mean encounters per customer up to the first final outcome, y =
     * abandonment rate;
     * <li>W (trend): key = ISO week start, n = entries, x = mean score of the week or null;
     * <li>M (member): key = latest display name, teams = the teams the rep was seen in.
     * </ul>
     */
    private static final String PROFILES = """
            WITH raw AS (
                SELECT rep_id, occurred_at, archetype, outcome, stance, ownership_score, blame_targets
                FROM score_fact
                WHERE tenant_id = {tenant} AND %1$s AND released
                  AND occurred_at > CAST({from} AS timestamptz) AND occurred_at < CAST({lo} AS timestamptz)
                UNION ALL
                SELECT rep_id, occurred_at, archetype, outcome, stance, ownership_score, blame_targets
                FROM score_fact
                WHERE tenant_id = {tenant} AND %1$s AND released
                  AND occurred_at >= CAST({hi} AS timestamptz) AND occurred_at > CAST({from} AS timestamptz)
                  AND occurred_at <= CAST({asOf} AS timestamptz)),
            weeks AS (
                SELECT rep_id, week_start, entries, score_sum, won, finals,
                       stance_ownership, stance_blame, stance_helpless, stance_mixed, stance_neutral,
                       blame_customer, blame_management, blame_operations, blame_price, blame_market, blame_product,
                       enc_skeptical, enc_antagonistic, enc_uninterested, enc_hostile, enc_closed, enc_distrustful,
                       enc_price_focused, enc_not_listening, enc_ready,
                       won_skeptical, won_antagonistic, won_uninterested, won_hostile, won_closed, won_distrustful,
                       won_price_focused, won_not_listening, won_ready
                FROM score_week
                WHERE tenant_id = {tenant} AND %1$s
                  AND week_start >= CAST({lo} AS timestamptz) AND week_start < CAST({hi} AS timestamptz)
                UNION ALL
                -- the same columns as score_week_rebuild (V5) computes them
                SELECT rep_id, date_trunc('week', occurred_at, 'UTC'), count(*), sum(ownership_score),
                       count(*) FILTER (WHERE outcome = 'WON'), count(*) FILTER (WHERE outcome <> 'PROGRESSING'),
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
                       count(*) FILTER (WHERE archetype = 'PRICE_FOCUSED'),
                       count(*) FILTER (WHERE archetype = 'NOT_LISTENING'), count(*) FILTER (WHERE archetype = 'READY'),
                       count(*) FILTER (WHERE archetype = 'SKEPTICAL' AND outcome = 'WON'),
                       count(*) FILTER (WHERE archetype = 'ANTAGONISTIC' AND outcome = 'WON'),
                       count(*) FILTER (WHERE archetype = 'UNINTERESTED' AND outcome = 'WON'),
                       count(*) FILTER (WHERE archetype = 'HOSTILE' AND outcome = 'WON'),
                       count(*) FILTER (WHERE archetype = 'CLOSED' AND outcome = 'WON'),
                       count(*) FILTER (WHERE archetype = 'DISTRUSTFUL' AND outcome = 'WON'),
                       count(*) FILTER (WHERE archetype = 'PRICE_FOCUSED' AND outcome = 'WON'),
                       count(*) FILTER (WHERE archetype = 'NOT_LISTENING' AND outcome = 'WON'),
                       count(*) FILTER (WHERE archetype = 'READY' AND outcome = 'WON')
                FROM raw
                GROUP BY rep_id, date_trunc('week', occurred_at, 'UTC')),
            per_rep AS (
                SELECT rep_id, sum(entries) AS entries,
                       -- weight 0.5^(age / half-life), age = whole calendar weeks from the entry's week to asOf's
                       sum(score_sum * power(0.5::float8, round(date_part('epoch', CAST({hi} AS timestamptz) - week_start)
                                                                / 604800) / %2$d))
                           / sum(entries * power(0.5::float8, round(date_part('epoch', CAST({hi} AS timestamptz) - week_start)
                                                                    / 604800) / %2$d)) AS ownership_index,
                       sum(won)::float8 / nullif(sum(finals), 0) AS win_rate,
                       sum(stance_ownership) AS stance_ownership, sum(stance_blame) AS stance_blame,
                       sum(stance_helpless) AS stance_helpless, sum(stance_mixed) AS stance_mixed,
                       sum(stance_neutral) AS stance_neutral,
                       sum(blame_customer) AS blame_customer, sum(blame_management) AS blame_management,
                       sum(blame_operations) AS blame_operations, sum(blame_price) AS blame_price,
                       sum(blame_market) AS blame_market, sum(blame_product) AS blame_product,
                       sum(blame_customer + blame_management + blame_operations + blame_price + blame_market
                           + blame_product) AS mentions,
                       sum(enc_skeptical) AS enc_skeptical, sum(enc_antagonistic) AS enc_antagonistic,
                       sum(enc_uninterested) AS enc_uninterested, sum(enc_hostile) AS enc_hostile,
                       sum(enc_closed) AS enc_closed, sum(enc_distrustful) AS enc_distrustful,
                       sum(enc_price_focused) AS enc_price_focused, sum(enc_not_listening) AS enc_not_listening,
                       sum(enc_ready) AS enc_ready,
                       sum(won_skeptical) AS won_skeptical, sum(won_antagonistic) AS won_antagonistic,
                       sum(won_uninterested) AS won_uninterested, sum(won_hostile) AS won_hostile,
                       sum(won_closed) AS won_closed, sum(won_distrustful) AS won_distrustful,
                       sum(won_price_focused) AS won_price_focused, sum(won_not_listening) AS won_not_listening,
                       sum(won_ready) AS won_ready
                FROM weeks GROUP BY rep_id),
            per_archetype AS (
                SELECT rep_id, a.archetype, a.encounters, a.wins
                FROM per_rep CROSS JOIN LATERAL (VALUES
                    ('SKEPTICAL', enc_skeptical, won_skeptical), ('ANTAGONISTIC', enc_antagonistic, won_antagonistic),
                    ('UNINTERESTED', enc_uninterested, won_uninterested), ('HOSTILE', enc_hostile, won_hostile),
                    ('CLOSED', enc_closed, won_closed), ('DISTRUSTFUL', enc_distrustful, won_distrustful),
                    ('PRICE_FOCUSED', enc_price_focused, won_price_focused),
                    ('NOT_LISTENING', enc_not_listening, won_not_listening), ('READY', enc_ready, won_ready))
                    AS a(archetype, encounters, wins)
                WHERE a.encounters > 0),
            by_customer AS (
                -- each customer's encounters in order (occurred_at, encounter_id), which the customer
                -- indexes (V5) deliver without a sort: whether each was final, and whether it was won
                -- or followed up (only the last one's matters)
                SELECT rep_id, customer_id, count(*) AS encounters,
                       array_agg(outcome <> 'PROGRESSING' ORDER BY occurred_at, encounter_id) AS finals,
                       array_agg(outcome = 'WON' OR follow_up_set ORDER BY occurred_at, encounter_id) AS kept,
                       date_part('epoch', CAST({asOf} AS timestamptz) - max(occurred_at)) / 86400 AS last_age_days
                FROM score_fact
                WHERE tenant_id = {tenant} AND %1$s AND released AND customer_id IS NOT NULL
                  AND occurred_at > CAST({from} AS timestamptz) AND occurred_at <= CAST({asOf} AS timestamptz)
                GROUP BY rep_id, customer_id),
            weekly AS (
                SELECT rep_id, week_start, sum(score_sum)::float8 / sum(entries) AS ownership_index,
                       sum(entries) AS entries
                FROM weeks GROUP BY rep_id, week_start)
            SELECT 'S' AS kind, rep_id, NULL AS key, NULL::text[] AS teams, entries AS n,
                   row_number() OVER (ORDER BY ownership_index DESC NULLS LAST, entries DESC, rep_id) AS m,
                   ownership_index AS x, win_rate AS y
            FROM per_rep
            UNION ALL
            SELECT 'T', rep_id, s.key, NULL, s.n, NULL, s.n::float8 / entries, NULL
            FROM per_rep CROSS JOIN LATERAL (VALUES %4$s) AS s(key, n)
            WHERE s.n > 0
            UNION ALL
            SELECT 'B', rep_id, b.key, NULL, b.n, NULL, b.n::float8 / mentions, NULL
            FROM per_rep CROSS JOIN LATERAL (VALUES %5$s) AS b(key, n)
            WHERE b.n > 0
            UNION ALL
            SELECT 'A', rep_id, archetype, NULL, encounters, wins,
                   count(*) FILTER (WHERE wins > 0) OVER (PARTITION BY rep_id) / 9.0,
                   abs(coalesce(sum(CASE WHEN wins > 0 THEN (wins::float8 / total_wins) * ln(wins::float8 / total_wins) END)
                       OVER (PARTITION BY rep_id) / ln(9), 0))
            FROM (SELECT *, sum(wins) OVER (PARTITION BY rep_id) AS total_wins FROM per_archetype) a
            UNION ALL
            -- encounters up to the first final one (its position); abandoned: the last one neither won
            -- nor followed up, and old enough
            SELECT 'P', rep_id, NULL, NULL, NULL, NULL, avg(array_position(finals, true))::float8,
                   avg(CASE WHEN NOT kept[encounters] AND last_age_days >= %3$d THEN 1.0 ELSE 0.0 END)::float8
            FROM by_customer GROUP BY rep_id
            UNION ALL
            SELECT 'W', r.rep_id, to_char(w.week_start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), NULL,
                   coalesce(weekly.entries, 0), NULL, weekly.ownership_index, NULL
            FROM %6$s
            CROSS JOIN generate_series(
                    date_trunc('week', coalesce(CAST({trendStart} AS timestamptz),
                                                (SELECT min(week_start) FROM weeks)), 'UTC'),
                    CAST({hi} AS timestamptz),
                    interval '168 hours') AS w(week_start)
            LEFT JOIN weekly ON weekly.rep_id = r.rep_id AND weekly.week_start = w.week_start
            UNION ALL
            SELECT 'M', rep_id, (array_agg(rep_name ORDER BY last_seen_at DESC) FILTER (WHERE rep_name IS NOT NULL))[1],
                   array_agg(team_id ORDER BY team_id), NULL, NULL, NULL, NULL
            FROM rep_member
            WHERE tenant_id = {tenant} AND rep_id IN (SELECT rep_id FROM %6$s)
            GROUP BY rep_id
            """;

    /**
     * Win rate by quartile of entry score (quartiles by rank, ties by time then id) over the team's
     * facts of the window. Parameters: tenant, team, asOf, window start ('-infinity' for all time).
     */
    private static final String QUARTILES = """
            WITH ranked AS (
                SELECT ownership_score, outcome,
                       ntile(4) OVER (ORDER BY ownership_score, occurred_at, encounter_id) AS quartile
                FROM score_fact
                WHERE tenant_id = ? AND team_id = ? AND released
                  AND occurred_at <= CAST(? AS timestamptz) AND occurred_at > CAST(? AS timestamptz))
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

    /**
     * The profile statement per scope and trend shape, parsed once (it is the same text every
     * time).
     */
    private final Map<String, Template> profileTemplates = new java.util.concurrent.ConcurrentHashMap<>();

    /** Profiles of the given reps, in the order given; reps without facts get empty profiles. */
    public List<RepProfile> repProfiles(
            String tenantId, List<String> repIds, Window window, Instant asOf) {
        if (repIds.isEmpty()) {
            return List.of();
        }
        return profiles(tenantId, Scope.reps(repIds), repIds, window, asOf);
    }

    /**
     * The team's leaderboard: its reps' profiles over the team's facts, best ownership index first.
     */
    public List<RepProfile> leaderboard(
            String tenantId, String teamId, Window window, Instant asOf) {
        return profiles(tenantId, Scope.team(teamId), null, window, asOf);
    }

    public List<QuartileOutcome> ownershipOutcome(
            String tenantId, String teamId, Window window, Instant asOf) {
        Map<Integer, QuartileOutcome> found = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            String from = window.length().map(asOf::minus).map(Instant::toString).orElse("-infinity");
            query(
                    c,
                    QUARTILES,
                    List.of(tenantId, teamId, asOf.toString(), from),
                    r -> {
                        int quartile = r.getInt("quartile");
                        found.put(
                                quartile,
                                new QuartileOutcome(
                                        quartile,
                                        r.getDouble("min_score"),
                                        r.getDouble("max_score"),
                                        r.getInt("encounters"),
                                        nullableDouble(r, "win_rate")));
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
        return members(
                tenantId,
                "rep_id IN (SELECT rep_id FROM rep_member WHERE tenant_id = ? AND team_id = ?)",
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
        return exists(
                "SELECT 1 FROM rep_member WHERE tenant_id = ? AND team_id = ? LIMIT 1",
                tenantId,
                teamId);
    }

    private List<Member> members(String tenantId, String condition, List<Object> params) {
        List<Object> all = new ArrayList<>();
        all.add(tenantId);
        all.addAll(params);
        List<Member> members = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            query(
                    c,
                    MEMBERS.formatted(condition),
                    all,
                    r -> members.add(
                            new Member(
                                    r.getString("rep_id"),
                                    r.getString("name"),
                                    Arrays.asList(
                                            (String[]) r.getArray("teams").getArray()))));
        } catch (SQLException e) {
            throw new IllegalStateException("member query failed", e);
        }
        return members;
    }

    private boolean exists(String sql, Object... params) {
        boolean[] found = { false };
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

    private List<RepProfile> profiles(
            String tenantId, Scope scope, List<String> repOrder, Window window, Instant asOf) {
        return readProfiles(
                profileStatement(tenantId, scope, repOrder, window, asOf), repOrder, window, asOf);
    }

    /** The profile statement for the scope and window, bound. */
    Named profileStatement(
            String tenantId, Scope scope, List<String> repOrder, Window window, Instant asOf) {
        Template template = profileTemplates.computeIfAbsent(
                scope.named() + (repOrder != null ? "|given" : "|seen"),
                key -> Template.parse(
                        PROFILES.formatted(
                                scope.named(),
                                HALF_LIFE_WEEKS,
                                ABANDONMENT_DAYS,
                                STANCE_COLUMNS,
                                TARGET_COLUMNS,
                                repOrder != null
                                        ? "unnest(CAST({reps} AS text[])) AS r(rep_id)"
                                        : "(SELECT DISTINCT rep_id FROM weeks) AS r")));
        Instant asOfWeek = weekStart(asOf);
        Optional<Instant> from = window.length().map(asOf::minus);
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("tenant", tenantId);
        values.put(scope.name(), scope.parameter());
        values.put("asOf", asOf.toString());
        values.put("from", from.map(Instant::toString).orElse("-infinity"));
        // the whole weeks inside the window: from the first Monday after its start to asOf's Monday
        values.put(
                "lo",
                from.map(
                        start -> min(weekStart(start).plus(Duration.ofDays(7)), asOfWeek)
                                .toString())
                        .orElse("-infinity"));
        values.put("hi", asOfWeek.toString());
        values.put("trendStart", from.map(Instant::toString).orElse(null));
        return template.bind(values);
    }

    /** Monday 00:00 UTC of the instant's ISO week, as PostgreSQL's date_trunc('week', t, 'UTC'). */
    static Instant weekStart(Instant t) {
        LocalDate day = t.atZone(ZoneOffset.UTC).toLocalDate();
        return day.with(DayOfWeek.MONDAY).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static String columns(String prefix, Enum<?>[] values) {
        StringBuilder out = new StringBuilder();
        for (Enum<?> value : values) {
            out.append(out.isEmpty() ? "" : ", ")
                    .append("('")
                    .append(value.name())
                    .append("', ")
                    .append(prefix)
                    .append(value.name().toLowerCase(java.util.Locale.ROOT))
                    .append(')');
        }
        return out.toString();
    }

    /**
     * Runs a statement that answers in the tagged rows of {@link #PROFILES} and shapes them into
     * profiles: in {@code repOrder} when given (reps without rows get empty profiles), else by the
     * rank of the S rows.
     */
    List<RepProfile> readProfiles(Named bound, List<String> repOrder, Window window, Instant asOf) {
        Map<String, Builder> reps = new LinkedHashMap<>();
        if (repOrder != null) {
            repOrder.forEach(rep -> reps.put(rep, new Builder()));
        }
        Map<String, Long> rank = new java.util.HashMap<>();
        Map<String, Member> members = new java.util.HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            query(
                    c,
                    bound.sql(),
                    bound.params(),
                    true,
                    r -> {
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
                                b.stances.put(
                                        stance,
                                        new StanceShare(stance, r.getDouble("x"), r.getInt("n")));
                            }
                            case "B" -> {
                                BlameTarget target = BlameTarget.valueOf(key);
                                b.targets.put(
                                        target,
                                        new TargetShare(target, r.getDouble("x"), r.getInt("n")));
                            }
                            case "A" -> {
                                Archetype archetype = Archetype.valueOf(key);
                                b.archetypes.put(
                                        archetype,
                                        new ArchetypeWins(archetype, r.getInt("m"), r.getInt("n")));
                                b.coverage = r.getDouble("x");
                                b.evenness = r.getDouble("y");
                            }
                            case "P" ->
                                b.persistence = new Persistence(
                                        nullableDouble(r, "x"), nullableDouble(r, "y"));
                            case "W" ->
                                b.trend.add(
                                        new TrendPoint(
                                                Instant.parse(key),
                                                nullableDouble(r, "x"),
                                                r.getInt("n")));
                            case "M" ->
                                members.put(
                                        r.getString("rep_id"),
                                        new Member(
                                                r.getString("rep_id"),
                                                key,
                                                Arrays.asList(
                                                        (String[]) r.getArray("teams")
                                                                .getArray())));
                            default ->
                                throw new IllegalStateException(
                                        "unknown profile row " + r.getString("kind"));
                        }
                    });
        } catch (SQLException e) {
            throw new IllegalStateException("profile query failed", e);
        }
        List<String> order = new ArrayList<>(reps.keySet());
        if (repOrder == null) {
            // the leaderboard: the rank PostgreSQL gave
            order.sort(
                    java.util.Comparator.comparing(rep -> rank.getOrDefault(rep, Long.MAX_VALUE)));
        }
        List<RepProfile> profiles = new ArrayList<>();
        for (String rep : order) {
            Builder b = reps.get(rep);
            b.trend.sort(java.util.Comparator.comparing(TrendPoint::periodStart));
            profiles.add(
                    toProfile(
                            members.getOrDefault(rep, new Member(rep, null, List.of())),
                            b,
                            window,
                            asOf));
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
        return new RepProfile(
                member,
                window,
                asOf,
                b.entries,
                b.ownershipIndex,
                List.copyOf(b.trend),
                stanceMix,
                blame,
                new ArchetypeRange(won, b.coverage, b.evenness, wins),
                b.persistence,
                b.winRate);
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private static void query(
            Connection connection, String sql, List<Object> params, RowReader reader)
            throws SQLException {
        query(connection, sql, params, false, reader);
    }

    /**
     * @param customPlan plan with the actual parameter values every time: a server-prepared
     *        statement's generic plan guesses ~100 facts for any window and then sorts a team's year
     *        of facts for persistence instead of reading them in the customer index's order (51 ms
     *        instead of 21 ms at 1M facts)
     */
    private static void query(
            Connection connection,
            String sql,
            List<Object> params,
            boolean customPlan,
            RowReader reader)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (customPlan) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
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
