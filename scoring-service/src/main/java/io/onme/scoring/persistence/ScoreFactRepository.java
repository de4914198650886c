package io.onme.scoring.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.onme.scoring.analysis.Analysis;
import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.domain.EncounterFacts;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Score facts: an idempotent SQL upsert per encounter, batch reads with visibility, deletes. */
@ApplicationScoped
public class ScoreFactRepository
        implements PanacheRepositoryBase<ScoreFactEntity, ScoreFactEntity.Key> {

    /**
     * Replaces the stored fact only when the new one is newer: a higher revision, or the same
     * revision analysed by a newer analyser version. Anything else changes nothing, which makes
     * redelivery and out-of-order delivery harmless. A changed reflection is a new text, so a new
     * reading: unseen, unreviewed, released as the tenant's setting says. Otherwise (the same
     * revision by a newer analyser, or a new revision that left the reflection as it was, e.g. a
     * later outcome) the reading stays: the machine's columns change, and the reading that counts
     * unless a coach corrected it.
     */
    private static final String UPSERT = """
            INSERT INTO score_fact (tenant_id, encounter_id, revision, rep_id, rep_name, team_id, customer_id,
                occurred_at, archetype, intensity, outcome, deal_amount, deal_currency, follow_up_set, reflection,
                requested_language, language, stance, ownership_score, blame_targets, analysis, analyzer_version,
                scored_at, machine_stance, machine_score, machine_targets, confidence, released)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (tenant_id, encounter_id) DO UPDATE SET
                revision = EXCLUDED.revision, rep_id = EXCLUDED.rep_id,
                rep_name = coalesce(EXCLUDED.rep_name, score_fact.rep_name), team_id = EXCLUDED.team_id,
                customer_id = EXCLUDED.customer_id, occurred_at = EXCLUDED.occurred_at,
                archetype = EXCLUDED.archetype, intensity = EXCLUDED.intensity, outcome = EXCLUDED.outcome,
                deal_amount = EXCLUDED.deal_amount, deal_currency = EXCLUDED.deal_currency,
                follow_up_set = EXCLUDED.follow_up_set, reflection = EXCLUDED.reflection,
                requested_language = EXCLUDED.requested_language, language = EXCLUDED.language,
                stance = CASE WHEN %1$s THEN score_fact.stance ELSE EXCLUDED.stance END,
                ownership_score = CASE WHEN %1$s THEN score_fact.ownership_score ELSE EXCLUDED.ownership_score END,
                blame_targets = CASE WHEN %1$s THEN score_fact.blame_targets ELSE EXCLUDED.blame_targets END,
                analysis = EXCLUDED.analysis, analyzer_version = EXCLUDED.analyzer_version,
                scored_at = EXCLUDED.scored_at, machine_stance = EXCLUDED.machine_stance,
                machine_score = EXCLUDED.machine_score, machine_targets = EXCLUDED.machine_targets,
                confidence = EXCLUDED.confidence,
                reading_state = CASE WHEN %2$s THEN 'UNREVIEWED' ELSE score_fact.reading_state END,
                dispute_note = CASE WHEN %2$s THEN NULL ELSE score_fact.dispute_note END,
                disputed_at = CASE WHEN %2$s THEN NULL ELSE score_fact.disputed_at END,
                reviewed_by = CASE WHEN %2$s THEN NULL ELSE score_fact.reviewed_by END,
                reviewed_at = CASE WHEN %2$s THEN NULL ELSE score_fact.reviewed_at END,
                review_note = CASE WHEN %2$s THEN NULL ELSE score_fact.review_note END,
                rep_seen_at = CASE WHEN %2$s THEN NULL ELSE score_fact.rep_seen_at END,
                released = CASE WHEN %2$s THEN EXCLUDED.released ELSE score_fact.released END
            WHERE score_fact.revision < EXCLUDED.revision
               OR (score_fact.revision = EXCLUDED.revision
                   AND analyzer_version_key(score_fact.analyzer_version) < analyzer_version_key(EXCLUDED.analyzer_version))
            """
            .formatted(
                    // the same text, corrected: the coach's reading keeps counting
                    "(score_fact.reading_state = 'CORRECTED'"
                            + " AND score_fact.reflection = EXCLUDED.reflection)",
                    // a new text: a new reading
                    "score_fact.reflection IS DISTINCT FROM EXCLUDED.reflection");

    /** The reading before an upsert, locked so that the reset it may cause is recorded once. */
    private static final String BEFORE = """
            SELECT revision, reading_state, stance, blame_targets, released, reflection FROM score_fact
            WHERE tenant_id = ? AND encounter_id = ? FOR UPDATE
            """;

    private static final String RESET = """
            INSERT INTO reading_change (tenant_id, encounter_id, rep_id, revision, at, actor_id, action,
                before_stance, before_targets, stance, blame_targets, note)
            VALUES (?, ?, ?, ?, ?, ?, 'RESET', ?, ?, ?, ?, NULL)
            """;

    private static final String MEMBER = """
            INSERT INTO rep_member (tenant_id, rep_id, team_id, rep_name, last_seen_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (tenant_id, rep_id, team_id) DO UPDATE SET
                rep_name = coalesce(EXCLUDED.rep_name, rep_member.rep_name),
                last_seen_at = greatest(rep_member.last_seen_at, EXCLUDED.last_seen_at)
            """;

    /**
     * A rescore keeps the encounter's revision and replaces only the machine's reading (and the one
     * that counts, unless a coach corrected it), if still older.
     */
    private static final String RESCORE = """
            UPDATE score_fact f SET language = n.language, machine_stance = n.stance, machine_score = n.score,
                machine_targets = n.targets, confidence = n.confidence, analysis = n.analysis,
                analyzer_version = n.version, scored_at = n.scored_at,
                stance = CASE WHEN f.reading_state = 'CORRECTED' THEN f.stance ELSE n.stance END,
                ownership_score = CASE WHEN f.reading_state = 'CORRECTED' THEN f.ownership_score ELSE n.score END,
                blame_targets = CASE WHEN f.reading_state = 'CORRECTED' THEN f.blame_targets ELSE n.targets END
            FROM (SELECT CAST(? AS text) AS language, CAST(? AS text) AS stance, CAST(? AS smallint) AS score,
                         CAST(? AS text[]) AS targets, CAST(? AS jsonb) AS analysis, CAST(? AS text) AS version,
                         CAST(? AS timestamptz) AS scored_at, CAST(? AS double precision) AS confidence) n
            WHERE f.tenant_id = ? AND f.encounter_id = ? AND f.revision = ?
              AND analyzer_version_key(f.analyzer_version) < analyzer_version_key(n.version)
            """;

    @Inject
    DataSource dataSource;

    /** What a rescore needs of a fact. */
    public record RescoreCandidate(
            String encounterId, long revision, String reflection, String requestedLanguage) {
    }

    public long countOlderThan(String tenantId, String analyzerVersion) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        """
                                SELECT count(*) FROM score_fact
                                WHERE tenant_id = ? AND analyzer_version_key(analyzer_version) < analyzer_version_key(?)
                                """)) {
            statement.setString(1, tenantId);
            statement.setString(2, analyzerVersion);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("count of facts to rescore failed", e);
        }
    }

    /** The next facts by encounter id (keyset) whose analysis is older than the version. */
    public List<RescoreCandidate> olderThan(
            String tenantId, String analyzerVersion, String afterEncounterId, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        """
                                SELECT encounter_id, revision, reflection, requested_language FROM score_fact
                                WHERE tenant_id = ? AND encounter_id > ?
                                  AND analyzer_version_key(analyzer_version) < analyzer_version_key(?)
                                ORDER BY encounter_id
                                LIMIT ?
                                """)) {
            statement.setString(1, tenantId);
            statement.setString(2, afterEncounterId);
            statement.setString(3, analyzerVersion);
            statement.setInt(4, limit);
            List<RescoreCandidate> candidates = new java.util.ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    candidates.add(
                            new RescoreCandidate(
                                    rows.getString(1),
                                    rows.getLong(2),
                                    rows.getString(3),
                                    rows.getString(4)));
                }
            }
            return candidates;
        } catch (SQLException e) {
            throw new IllegalStateException("facts to rescore could not be read", e);
        }
    }

    /**
     * What an upsert did.
     *
     * @param written the row was inserted or replaced (false: the stored fact was kept)
     * @param released the reading became visible to coaches and indicators with this write
     */
    public record Upserted(boolean written, boolean released) {
    }

    /**
     * Upserts the fact; a new text of a reading that was disputed or reviewed leaves a RESET in its
     * history.
     *
     * @param releaseNow whether a new reading is released at once (the tenant's setting)
     */
    public Upserted upsert(
            String tenantId,
            EncounterFacts facts,
            Analysis analysis,
            String analysisJson,
            Instant scoredAt,
            boolean releaseNow) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement before = connection.prepareStatement(BEFORE);
                PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            before.setString(1, tenantId);
            before.setString(2, facts.encounterId());
            Long oldRevision = null;
            String oldReflection = null;
            String oldState = null;
            String oldStance = null;
            Array oldTargets = null;
            boolean wasReleased = false;
            try (ResultSet row = before.executeQuery()) {
                if (row.next()) {
                    oldRevision = row.getLong("revision");
                    oldReflection = row.getString("reflection");
                    oldState = row.getString("reading_state");
                    oldStance = row.getString("stance");
                    oldTargets = row.getArray("blame_targets");
                    wasReleased = row.getBoolean("released");
                }
            }
            int i = 0;
            statement.setString(++i, tenantId);
            statement.setString(++i, facts.encounterId());
            statement.setLong(++i, facts.revision());
            statement.setString(++i, facts.repId());
            statement.setString(++i, facts.repName());
            statement.setString(++i, facts.teamId());
            statement.setString(++i, facts.customerId());
            statement.setTimestamp(++i, Timestamp.from(facts.occurredAt()));
            statement.setString(++i, facts.archetype() == null ? null : facts.archetype().name());
            if (facts.intensity() == null) {
                statement.setNull(++i, Types.SMALLINT);
            } else {
                statement.setShort(++i, facts.intensity().shortValue());
            }
            statement.setString(++i, facts.outcome().name());
            statement.setBigDecimal(++i, facts.dealAmount());
            statement.setString(++i, facts.dealCurrency());
            statement.setBoolean(++i, facts.followUpSet());
            statement.setString(++i, facts.reflection());
            statement.setString(
                    ++i,
                    facts.requestedLanguage() == null ? null : facts.requestedLanguage().name());
            i = bindAnalysis(connection, statement, i, analysis, analysisJson);
            statement.setTimestamp(++i, Timestamp.from(scoredAt));
            // the machine's reading: the same as the one that counts, on a new reading
            statement.setString(++i, analysis.stance().name());
            statement.setShort(++i, score(analysis));
            statement.setArray(++i, targets(connection, analysis));
            statement.setDouble(++i, analysis.confidence());
            statement.setBoolean(++i, releaseNow);
            boolean written = statement.executeUpdate() > 0;
            if (!written) {
                return new Upserted(false, false);
            }
            rememberMember(connection, tenantId, facts, scoredAt);
            // the stored reflection and this one are both in their storable form
            boolean newText = oldRevision != null && !facts.reflection().equals(oldReflection);
            boolean newReading = oldRevision == null || newText;
            if (newText && !"UNREVIEWED".equals(oldState)) {
                try (PreparedStatement reset = connection.prepareStatement(RESET)) {
                    int r = 0;
                    reset.setString(++r, tenantId);
                    reset.setString(++r, facts.encounterId());
                    reset.setString(++r, facts.repId());
                    reset.setLong(++r, facts.revision());
                    reset.setTimestamp(++r, Timestamp.from(scoredAt));
                    // the rep's new text reset it
                    reset.setString(++r, facts.repId());
                    reset.setString(++r, oldStance);
                    reset.setArray(++r, oldTargets);
                    reset.setString(++r, analysis.stance().name());
                    reset.setArray(++r, targets(connection, analysis));
                    reset.executeUpdate();
                }
            }
            return new Upserted(true, newReading && releaseNow && !wasReleased);
        } catch (SQLException e) {
            throw new IllegalStateException("score fact upsert failed", e);
        }
    }

    private static void rememberMember(
            Connection connection, String tenantId, EncounterFacts facts, Instant seenAt)
            throws SQLException {
        try (PreparedStatement member = connection.prepareStatement(MEMBER)) {
            member.setString(1, tenantId);
            member.setString(2, facts.repId());
            member.setString(3, facts.teamId());
            member.setString(4, facts.repName());
            member.setTimestamp(5, Timestamp.from(seenAt));
            member.executeUpdate();
        }
    }

    /**
     * @return true when the fact was still older than this analysis and has been replaced
     */
    public boolean rescore(
            String tenantId,
            String encounterId,
            long revision,
            Analysis analysis,
            String analysisJson,
            Instant scoredAt) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(RESCORE)) {
            int i = bindAnalysis(connection, statement, 0, analysis, analysisJson);
            statement.setTimestamp(++i, Timestamp.from(scoredAt));
            statement.setDouble(++i, analysis.confidence());
            statement.setString(++i, tenantId);
            statement.setString(++i, encounterId);
            statement.setLong(++i, revision);
            return statement.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("score fact rescore failed", e);
        }
    }

    private static int bindAnalysis(
            Connection connection,
            PreparedStatement statement,
            int index,
            Analysis analysis,
            String analysisJson)
            throws SQLException {
        int i = index;
        statement.setString(++i, analysis.language().name());
        statement.setString(++i, analysis.stance().name());
        statement.setShort(++i, score(analysis));
        statement.setArray(++i, targets(connection, analysis));
        statement.setString(++i, analysisJson);
        statement.setString(++i, analysis.analyzerVersion());
        return i;
    }

    private static short score(Analysis analysis) {
        return (short) Math.max(0, Math.min(100, analysis.ownershipScore()));
    }

    private static Array targets(Connection connection, Analysis analysis) throws SQLException {
        return connection.createArrayOf(
                "text",
                analysis.blameTargets().stream().map(BlameTarget::name).distinct().toArray());
    }

    public Optional<ScoreFactEntity> find(String tenantId, String encounterId) {
        return findByIdOptional(new ScoreFactEntity.Key(tenantId, encounterId));
    }

    /**
     * One query for a batch: the facts among {@code encounterIds} of the tenant that the caller may
     * see — everything, or the caller's own facts plus those of the teams they coach.
     */
    public List<ScoreFactEntity> findVisible(
            String tenantId,
            Collection<String> encounterIds,
            boolean wholeTenant,
            String ownRepId,
            Set<String> coachedTeams) {
        if (encounterIds.isEmpty()) {
            return List.of();
        }
        if (wholeTenant) {
            return list(
                    "tenantId = :tenant and encounterId in :ids",
                    Map.<String, Object> of("tenant", tenantId, "ids", encounterIds));
        }
        if (coachedTeams.isEmpty()) {
            return list(
                    "tenantId = :tenant and encounterId in :ids and repId = :rep",
                    Map.<String, Object> of(
                            "tenant", tenantId, "ids", encounterIds, "rep", ownRepId));
        }
        return list(
                "tenantId = :tenant and encounterId in :ids and (repId = :rep or teamId in :teams)",
                Map.<String, Object> of(
                        "tenant",
                        tenantId,
                        "ids",
                        encounterIds,
                        "rep",
                        ownRepId,
                        "teams",
                        coachedTeams));
    }

    /** All facts of one rep in the tenant, oldest first (their data export). */
    public List<ScoreFactEntity> ofRep(String tenantId, String repId) {
        return list(
                "tenantId = :tenant and repId = :rep order by occurredAt, encounterId",
                Map.<String, Object> of("tenant", tenantId, "rep", repId));
    }

    /**
     * @return whether a fact was deleted
     */
    public boolean deleteFact(String tenantId, String encounterId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "DELETE FROM score_fact WHERE tenant_id = ? AND encounter_id = ?")) {
            statement.setString(1, tenantId);
            statement.setString(2, encounterId);
            return statement.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("score fact delete failed", e);
        }
    }
}
