package io.onme.scoring.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.Language;
import io.onme.scoring.analysis.Stance;
import io.onme.scoring.domain.CoachVisibility;
import io.onme.scoring.domain.Reading;
import io.onme.scoring.domain.ReadingAction;
import io.onme.scoring.domain.ReadingChange;
import io.onme.scoring.domain.ReadingFact;
import io.onme.scoring.domain.ReadingState;
import io.onme.scoring.domain.TenantSettings;

/**
 * Readings in SQL: tenant settings, the reading columns of {@code score_fact}, their history
 * ({@code reading_change}), the review queue, the analyser's agreement with people, and a person's
 * erasure. Every statement names the tenant.
 */
@ApplicationScoped
public class ReadingStore {

    /** The columns {@link #readingFact} reads. */
    static final String READING_COLUMNS = """
            encounter_id, revision, rep_id, team_id, language, occurred_at, scored_at, stance, blame_targets,
            ownership_score, reading_state, machine_stance, machine_targets, machine_score, confidence,
            rep_seen_at, released, dispute_note, disputed_at, reviewed_by, reviewed_at, review_note
            """;

    @Inject
    DataSource dataSource;

    // ---- settings ------------------------------------------------------------------------------

    public TenantSettings settings(String tenantId) {
        return one(
                """
                        SELECT coach_visibility, coach_delay_hours, reps_see_leaderboard, review_confidence_below,
                               training_consent
                        FROM tenant_settings WHERE tenant_id = ?
                        """,
                List.of(tenantId),
                r -> new TenantSettings(
                        CoachVisibility.valueOf(r.getString(1)),
                        r.getInt(2),
                        r.getBoolean(3),
                        r.getDouble(4),
                        r.getBoolean(5)))
                .orElse(TenantSettings.DEFAULTS);
    }

    public void saveSettings(
            String tenantId, TenantSettings settings, String updatedBy, Instant at) {
        update(
                """
                        INSERT INTO tenant_settings (tenant_id, coach_visibility, coach_delay_hours, reps_see_leaderboard,
                            review_confidence_below, training_consent, updated_by, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (tenant_id) DO UPDATE SET
                            coach_visibility = EXCLUDED.coach_visibility, coach_delay_hours = EXCLUDED.coach_delay_hours,
                            reps_see_leaderboard = EXCLUDED.reps_see_leaderboard,
                            review_confidence_below = EXCLUDED.review_confidence_below,
                            training_consent = EXCLUDED.training_consent, updated_by = EXCLUDED.updated_by,
                            updated_at = EXCLUDED.updated_at
                        """,
                tenantId,
                settings.coachVisibility().name(),
                settings.coachDelayHours(),
                settings.repsSeeLeaderboard(),
                settings.reviewConfidenceBelow(),
                settings.trainingConsent(),
                updatedBy,
                Timestamp.from(at));
    }

    // ---- release -------------------------------------------------------------------------------

    /** Releases every reading of the tenant still withheld; answers how many. */
    public int releaseAll(String tenantId) {
        return update(
                "UPDATE score_fact SET released = true WHERE tenant_id = ? AND NOT released",
                tenantId);
    }

    /**
     * Releases, in every tenant, the readings whose time has come: AFTER_DELAY ones scored {@code
     * coachDelayHours} before {@code now} or opened by the rep, and any still withheld under
     * IMMEDIATE (written while the setting changed).
     */
    public int releaseDue(Instant now) {
        return update(
                """
                        UPDATE score_fact f SET released = true
                        FROM tenant_settings s
                        WHERE s.tenant_id = f.tenant_id AND NOT f.released
                          AND (s.coach_visibility = 'IMMEDIATE'
                               OR (s.coach_visibility = 'AFTER_DELAY'
                                   AND (f.rep_seen_at IS NOT NULL
                                        OR f.scored_at + make_interval(hours => s.coach_delay_hours) <= ?)))
                        """,
                Timestamp.from(now));
    }

    // ---- one reading ---------------------------------------------------------------------------

    /** The encounter's reading, locked for the rest of the transaction. */
    public Optional<ReadingFact> lock(String tenantId, String encounterId) {
        return one(
                "SELECT "
                        + READING_COLUMNS
                        + " FROM score_fact WHERE tenant_id = ? AND encounter_id = ? FOR UPDATE",
                List.of(tenantId, encounterId),
                ReadingStore::readingFact);
    }

    /**
     * Marks the reading seen by its rep (the first time counts) and releases it: every setting lets
     * coaches see a reading its rep has opened.
     */
    public void markSeen(String tenantId, String encounterId, Instant at) {
        update(
                """
                        UPDATE score_fact SET rep_seen_at = coalesce(rep_seen_at, ?), released = true
                        WHERE tenant_id = ? AND encounter_id = ?
                        """,
                Timestamp.from(at),
                tenantId,
                encounterId);
    }

    /** The rep's dispute, which releases the reading (the rep asked for a look). */
    public void dispute(String tenantId, String encounterId, String note, Instant at) {
        update(
                """
                        UPDATE score_fact SET reading_state = 'DISPUTED', dispute_note = ?, disputed_at = ?, released = true
                        WHERE tenant_id = ? AND encounter_id = ?
                        """,
                note,
                Timestamp.from(at),
                tenantId,
                encounterId);
    }

    /** A coach's decision: the state and the reading that counts from now on. */
    public void review(
            String tenantId,
            String encounterId,
            ReadingState state,
            Stance stance,
            List<BlameTarget> targets,
            int score,
            String reviewedBy,
            Instant at,
            String note) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        """
                                UPDATE score_fact SET reading_state = ?, stance = ?, blame_targets = ?, ownership_score = ?,
                                    reviewed_by = ?, reviewed_at = ?, review_note = ?
                                WHERE tenant_id = ? AND encounter_id = ?
                                """)) {
            s.setString(1, state.name());
            s.setString(2, stance.name());
            s.setArray(3, textArray(c, targets));
            s.setShort(4, (short) score);
            s.setString(5, reviewedBy);
            s.setTimestamp(6, Timestamp.from(at));
            s.setString(7, note);
            s.setString(8, tenantId);
            s.setString(9, encounterId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("review failed", e);
        }
    }

    public void addChange(String tenantId, ReadingFact fact, ReadingChange change) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        """
                                INSERT INTO reading_change (tenant_id, encounter_id, rep_id, revision, at, actor_id, action,
                                    before_stance, before_targets, stance, blame_targets, note)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                                """)) {
            int i = 0;
            s.setString(++i, tenantId);
            s.setString(++i, fact.encounterId());
            s.setString(++i, fact.repId());
            s.setLong(++i, change.revision());
            s.setTimestamp(++i, Timestamp.from(change.at()));
            s.setString(++i, change.actorId());
            s.setString(++i, change.action().name());
            s.setString(++i, change.beforeStance().name());
            s.setArray(++i, textArray(c, change.beforeBlameTargets()));
            s.setString(++i, change.stance().name());
            s.setArray(++i, textArray(c, change.blameTargets()));
            s.setString(++i, change.note());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("reading change could not be written", e);
        }
    }

    /** The reading's history, oldest first. */
    public List<ReadingChange> history(String tenantId, String encounterId) {
        return list(
                """
                        SELECT at, actor_id, action, revision, before_stance, before_targets, stance, blame_targets, note
                        FROM reading_change WHERE tenant_id = ? AND encounter_id = ? ORDER BY id
                        """,
                List.of(tenantId, encounterId),
                r -> new ReadingChange(
                        r.getTimestamp(1).toInstant(),
                        r.getString(2),
                        ReadingAction.valueOf(r.getString(3)),
                        r.getLong(4),
                        Stance.valueOf(r.getString(5)),
                        targets(r.getArray(6)),
                        Stance.valueOf(r.getString(7)),
                        targets(r.getArray(8)),
                        r.getString(9)));
    }

    // ---- review queue --------------------------------------------------------------------------

    /** A place in the queue: disputes (rank 0) before low confidence (1), then oldest first. */
    public record QueueKey(int rank, Instant since, String encounterId) {
    }

    public record QueueRow(QueueKey key, ReadingFact fact) {
    }

    private static final String QUEUE = """
            SELECT * FROM (
                SELECT %s,
                       CASE WHEN reading_state = 'DISPUTED' THEN 0 ELSE 1 END AS queue_rank,
                       CASE WHEN reading_state = 'DISPUTED' THEN disputed_at ELSE occurred_at END AS queue_since
                FROM score_fact
                WHERE tenant_id = ? AND released AND rep_id <> ? %s
                  AND (reading_state = 'DISPUTED' OR (reading_state = 'UNREVIEWED' AND confidence < ?))) q
            %s
            """;

    /**
     * The released readings of the teams (all of the tenant's when {@code teamIds} is null) that
     * are disputed or unreviewed under the confidence threshold, leaving out the caller's own.
     */
    public List<QueueRow> queue(
            String tenantId,
            Collection<String> teamIds,
            String callerId,
            double confidenceBelow,
            QueueKey after,
            int limit) {
        List<Object> params = new ArrayList<>(List.of(tenantId, callerId));
        String teams = "";
        if (teamIds != null) {
            teams = "AND team_id = ANY(?)";
            params.add(teamIds.toArray(String[]::new));
        }
        params.add(confidenceBelow);
        String tail = "ORDER BY queue_rank, queue_since, encounter_id LIMIT ?";
        if (after != null) {
            tail = "WHERE (queue_rank, queue_since, encounter_id) > (?, ?, ?) " + tail;
            params.add(after.rank());
            params.add(Timestamp.from(after.since()));
            params.add(after.encounterId());
        }
        params.add(limit);
        return list(
                QUEUE.formatted(READING_COLUMNS, teams, tail),
                params,
                r -> new QueueRow(
                        new QueueKey(
                                r.getInt("queue_rank"),
                                r.getTimestamp("queue_since").toInstant(),
                                r.getString("encounter_id")),
                        readingFact(r)));
    }

    public int queueSize(
            String tenantId, Collection<String> teamIds, String callerId, double confidenceBelow) {
        List<Object> params = new ArrayList<>(List.of(tenantId, callerId));
        String teams = "";
        if (teamIds != null) {
            teams = "AND team_id = ANY(?)";
            params.add(teamIds.toArray(String[]::new));
        }
        params.add(confidenceBelow);
        return one(
                "SELECT count(*) FROM (" + QUEUE.formatted("1", teams, "") + ") n",
                params,
                r -> r.getInt(1))
                .orElse(0);
    }

    // ---- the analyser's agreement with people --------------------------------------------------

    /** Counts of one language, or of one of its weeks ({@code periodStart} set). */
    public record AgreementCounts(
            Language language,
            Instant periodStart,
            int readings,
            int disputed,
            int confirmed,
            int corrected) {
    }

    /** How often people's stance followed the machine's, per language (confirmed and corrected). */
    public record ConfusionCount(Language language, Stance machine, Stance human, int count) {
    }

    private static final String COUNTS = """
            SELECT language, %s AS period_start, count(*), count(*) FILTER (WHERE disputed_at IS NOT NULL),
                   count(*) FILTER (WHERE reading_state = 'CONFIRMED'),
                   count(*) FILTER (WHERE reading_state = 'CORRECTED')
            FROM score_fact
            WHERE tenant_id = ? AND occurred_at > CAST(? AS timestamptz) AND occurred_at <= ?
            GROUP BY 1, 2 ORDER BY 1, 2
            """;

    /** Per language ({@code weekly} false) or per language and ISO week, of the window. */
    public List<AgreementCounts> agreement(
            String tenantId, String from, Instant asOf, boolean weekly) {
        return list(
                COUNTS.formatted(
                        weekly
                                ? "date_trunc('week', occurred_at, 'UTC')"
                                : "CAST(NULL AS timestamptz)"),
                List.of(tenantId, from, Timestamp.from(asOf)),
                r -> new AgreementCounts(
                        Language.valueOf(r.getString(1)),
                        r.getTimestamp(2) == null ? null : r.getTimestamp(2).toInstant(),
                        r.getInt(3),
                        r.getInt(4),
                        r.getInt(5),
                        r.getInt(6)));
    }

    public List<ConfusionCount> confusion(String tenantId, String from, Instant asOf) {
        return list(
                """
                        SELECT language, machine_stance, stance, count(*)
                        FROM score_fact
                        WHERE tenant_id = ? AND occurred_at > CAST(? AS timestamptz) AND occurred_at <= ?
                          AND reading_state IN ('CONFIRMED', 'CORRECTED')
                        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                        """,
                List.of(tenantId, from, Timestamp.from(asOf)),
                r -> new ConfusionCount(
                        Language.valueOf(r.getString(1)),
                        Stance.valueOf(r.getString(2)),
                        Stance.valueOf(r.getString(3)),
                        r.getInt(4)));
    }

    /** A confirmed or corrected reading with its text, for the training corpus. */
    public record Correction(
            String encounterId,
            String repId,
            Language language,
            String text,
            Stance stance,
            List<BlameTarget> blameTargets,
            Stance machineStance,
            List<BlameTarget> machineBlameTargets) {
    }

    public List<Correction> corrections(String tenantId) {
        return list(
                """
                        SELECT encounter_id, rep_id, language, reflection, stance, blame_targets, machine_stance,
                               machine_targets
                        FROM score_fact
                        WHERE tenant_id = ? AND reading_state IN ('CONFIRMED', 'CORRECTED')
                        ORDER BY encounter_id
                        """,
                List.of(tenantId),
                r -> new Correction(
                        r.getString(1),
                        r.getString(2),
                        Language.valueOf(r.getString(3)),
                        r.getString(4),
                        Stance.valueOf(r.getString(5)),
                        targets(r.getArray(6)),
                        Stance.valueOf(r.getString(7)),
                        targets(r.getArray(8))));
    }

    // ---- erasure -------------------------------------------------------------------------------

    /** What an erasure removed or rewrote. */
    public record Erased(int facts, int memberships, int changes, int renamed) {
    }

    /**
     * Deletes the person's facts (the rollup trigger takes them out of the indicators), team
     * memberships and their readings' history; where they acted on others' readings or settings,
     * their id becomes {@code replacement}. Idempotent.
     */
    public Erased erase(String tenantId, String personId, String replacement) {
        int changes = update(
                "DELETE FROM reading_change WHERE tenant_id = ? AND rep_id = ?",
                tenantId,
                personId);
        int facts = update(
                "DELETE FROM score_fact WHERE tenant_id = ? AND rep_id = ?",
                tenantId,
                personId);
        int memberships = update(
                "DELETE FROM rep_member WHERE tenant_id = ? AND rep_id = ?",
                tenantId,
                personId);
        int renamed = 0;
        for (String[] column : new String[][] {
                { "score_fact", "reviewed_by" },
                { "reading_change", "actor_id" },
                { "tenant_settings", "updated_by" },
                { "tenant_phrase", "created_by" },
                { "rescore_job", "requested_by" }
        }) {
            renamed += update(
                    "UPDATE %1$s SET %2$s = ? WHERE tenant_id = ? AND %2$s = ?"
                            .formatted(column[0], column[1]),
                    replacement,
                    tenantId,
                    personId);
        }
        return new Erased(facts, memberships, changes, renamed);
    }

    // ---- rows ----------------------------------------------------------------------------------

    static ReadingFact readingFact(ResultSet r) throws SQLException {
        Stance machineStance = Stance.valueOf(r.getString("machine_stance"));
        double confidence = r.getDouble("confidence");
        Double nullableConfidence = r.wasNull() ? null : confidence;
        Reading reading = new Reading(
                Stance.valueOf(r.getString("stance")),
                targets(r.getArray("blame_targets")),
                r.getInt("ownership_score"),
                ReadingState.valueOf(r.getString("reading_state")),
                machineStance,
                targets(r.getArray("machine_targets")),
                r.getInt("machine_score"),
                nullableConfidence,
                instant(r, "rep_seen_at"),
                r.getBoolean("released"),
                r.getString("dispute_note"),
                instant(r, "disputed_at"),
                r.getString("reviewed_by"),
                instant(r, "reviewed_at"),
                r.getString("review_note"));
        return new ReadingFact(
                r.getString("encounter_id"),
                r.getLong("revision"),
                r.getString("rep_id"),
                r.getString("team_id"),
                Language.valueOf(r.getString("language")),
                r.getTimestamp("occurred_at").toInstant(),
                r.getTimestamp("scored_at").toInstant(),
                reading);
    }

    static List<BlameTarget> targets(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((String[]) array.getArray()).map(BlameTarget::valueOf).toList();
    }

    public static List<BlameTarget> targets(String[] names) {
        return names == null ? List.of() : Arrays.stream(names).map(BlameTarget::valueOf).toList();
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Array textArray(Connection c, List<BlameTarget> targets) throws SQLException {
        return c.createArrayOf("text", targets.stream().map(BlameTarget::name).toArray());
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private <T> Optional<T> one(String sql, List<?> params, RowMapper<T> mapper) {
        List<T> rows = list(sql, params, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private <T> List<T> list(String sql, List<?> params, RowMapper<T> mapper) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, params);
            List<T> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(mapper.map(r));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("reading query failed", e);
        }
    }

    private int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, Arrays.asList(params));
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("reading update failed", e);
        }
    }

    private static void bind(Connection c, PreparedStatement s, List<?> params)
            throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            if (value instanceof String[] array) {
                s.setArray(i + 1, c.createArrayOf("text", array));
            } else if (value == null) {
                s.setNull(i + 1, Types.VARCHAR);
            } else {
                s.setObject(i + 1, value);
            }
        }
    }
}
