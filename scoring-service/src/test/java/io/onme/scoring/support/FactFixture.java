package io.onme.scoring.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

/**
 * Inserts score facts with chosen scores, stances and targets straight into the table, so that
 * indicator tests check hand-computed numbers independent of the analyser's current rules. They are
 * released readings (they count in the indicators).
 */
public final class FactFixture {

    private final DataSource dataSource;
    private final String tenant;

    public FactFixture(DataSource dataSource, String tenant) {
        this.dataSource = dataSource;
        this.tenant = tenant;
    }

    /** A fact; {@code targets} like "PRICE,CUSTOMER" or "". */
    public record Fact(
            String encounterId,
            String repId,
            String repName,
            String teamId,
            String customerId,
            Instant occurredAt,
            String archetype,
            String outcome,
            boolean followUpSet,
            String stance,
            int score,
            String targets) {
    }

    public FactFixture add(Fact fact) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        """
                                INSERT INTO score_fact (tenant_id, encounter_id, revision, rep_id, rep_name, team_id, customer_id,
                                    occurred_at, archetype, outcome, follow_up_set, reflection, language, stance, ownership_score,
                                    blame_targets, analysis, analyzer_version, scored_at, released)
                                VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 'fixture', 'EN', ?, ?,
                                        coalesce(string_to_array(nullif(?, ''), ','), '{}'), '{}'::jsonb, 'fixture-1.0.0', now(),
                                        true)
                                """);
                PreparedStatement m = c.prepareStatement(
                        """
                                INSERT INTO rep_member (tenant_id, rep_id, team_id, rep_name, last_seen_at) VALUES (?, ?, ?, ?, ?)
                                ON CONFLICT (tenant_id, rep_id, team_id) DO UPDATE SET
                                    rep_name = coalesce(EXCLUDED.rep_name, rep_member.rep_name)
                                """)) {
            s.setString(1, tenant);
            s.setString(2, fact.encounterId());
            s.setString(3, fact.repId());
            s.setString(4, fact.repName());
            s.setString(5, fact.teamId());
            s.setString(6, fact.customerId());
            s.setTimestamp(7, Timestamp.from(fact.occurredAt()));
            s.setString(8, fact.archetype());
            s.setString(9, fact.outcome());
            s.setBoolean(10, fact.followUpSet());
            s.setString(11, fact.stance());
            s.setInt(12, fact.score());
            s.setString(13, fact.targets());
            s.executeUpdate();
            m.setString(1, tenant);
            m.setString(2, fact.repId());
            m.setString(3, fact.teamId());
            m.setString(4, fact.repName());
            m.setTimestamp(5, Timestamp.from(fact.occurredAt()));
            m.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }
}
