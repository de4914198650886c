package io.onme.scoring.persistence;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A row of {@code score_fact}, read through Hibernate. Writes go through {@link
 * ScoreFactRepository}'s SQL upsert (INSERT ... ON CONFLICT), so the entity is immutable.
 */
@Entity
@Table(name = "score_fact")
@IdClass(ScoreFactEntity.Key.class)
@Immutable
public class ScoreFactEntity extends PanacheEntityBase {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    @Column(name = "encounter_id")
    public String encounterId;

    public long revision;

    @Column(name = "rep_id")
    public String repId;

    @Column(name = "rep_name")
    public String repName;

    @Column(name = "team_id")
    public String teamId;

    @Column(name = "customer_id")
    public String customerId;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String archetype;

    public Short intensity;

    public String outcome;

    @Column(name = "deal_amount")
    public BigDecimal dealAmount;

    @Column(name = "deal_currency")
    public String dealCurrency;

    @Column(name = "follow_up_set")
    public boolean followUpSet;

    public String reflection;

    @Column(name = "requested_language")
    public String requestedLanguage;

    public String language;

    public String stance;

    @Column(name = "ownership_score")
    public short ownershipScore;

    @Column(name = "blame_targets")
    public String[] blameTargets;

    /** jsonb, read as its text. */
    @Column(name = "analysis")
    public String analysisJson;

    @Column(name = "analyzer_version")
    public String analyzerVersion;

    @Column(name = "scored_at")
    public Instant scoredAt;

    // the reading (V6): the machine's, the state, the rep's dispute, the coach's review

    @Column(name = "machine_stance")
    public String machineStance;

    @Column(name = "machine_score")
    public short machineScore;

    @Column(name = "machine_targets")
    public String[] machineTargets;

    public Double confidence;

    @Column(name = "reading_state")
    public String readingState;

    @Column(name = "dispute_note")
    public String disputeNote;

    @Column(name = "disputed_at")
    public Instant disputedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "review_note")
    public String reviewNote;

    @Column(name = "rep_seen_at")
    public Instant repSeenAt;

    public boolean released;

    /** The composite primary key: an encounter id is unique per tenant. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public String tenantId;
        public String encounterId;

        public Key() {
        }

        public Key(String tenantId, String encounterId) {
            this.tenantId = tenantId;
            this.encounterId = encounterId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(tenantId, k.tenantId)
                    && Objects.equals(encounterId, k.encounterId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, encounterId);
        }
    }
}
