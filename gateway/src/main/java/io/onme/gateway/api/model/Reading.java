package io.onme.gateway.api.model;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * GraphQL {@code Reading}: what the product currently believes about one encounter's reflection.
 * The plain fields come from scoring-service's reading; {@code history} and {@code reviewedBy} are
 * resolved in batches by {@code ReadingApi}.
 */
@Description("What the product currently believes about an encounter's reflection: the coach's correction"
        + " when there is one, else the machine's reading. A mirror and a starting point for"
        + " coaching, never a performance rating.")
public class Reading {

    private final String encounterId;
    private final ReadingData data;

    public Reading(String encounterId, ReadingData data) {
        this.encounterId = encounterId;
        this.data = data;
    }

    /** The encounter this reading is of: the key of its history. */
    @Ignore
    public String encounterId() {
        return encounterId;
    }

    @Ignore
    public ReadingData data() {
        return data;
    }

    @NonNull
    @Description("The stance that counts: the coach's correction when there is one, else the machine's.")
    public Stance getStance() {
        return data.stance() == null ? data.machineStance() : data.stance();
    }

    @NonNull
    @Description("The blame targets that count (with the stance).")
    public List<@NonNull BlameTarget> getBlameTargets() {
        return data.blameTargets();
    }

    @Description("0..100 for the stance that counts; a correction scores as a clean reading of its stance.")
    public int getOwnershipScore() {
        return data.ownershipScore() == null ? 0 : data.ownershipScore();
    }

    @NonNull
    @Description("UNREVIEWED, DISPUTED by the rep, or CONFIRMED or CORRECTED by a coach.")
    public ReadingState getState() {
        return data.state() == null ? ReadingState.UNREVIEWED : data.state();
    }

    @NonNull
    @Description("What the analyser said, kept beside a correction.")
    public Stance getMachineStance() {
        return data.machineStance() == null ? data.stance() : data.machineStance();
    }

    @NonNull
    @Description("The analyser's blame targets.")
    public List<@NonNull BlameTarget> getMachineBlameTargets() {
        return data.machineBlameTargets();
    }

    @Description("0..1: how sure the analyser was; null for readings made before it reported it.")
    public Double getConfidence() {
        return data.confidence();
    }

    @Description("When the rep first opened the reading; null until then.")
    public OffsetDateTime getSeenByRepAt() {
        return Timestamps.parse(data.seenByRepAt());
    }

    @Description("Whether coaches and indicators see this reading yet (rep first).")
    public boolean getReleasedToCoaches() {
        return Boolean.TRUE.equals(data.releasedToCoaches());
    }

    @Description("The rep's words when disputing the reading.")
    public String getDisputeNote() {
        return data.disputeNote();
    }

    public OffsetDateTime getDisputedAt() {
        return Timestamps.parse(data.disputedAt());
    }

    public OffsetDateTime getReviewedAt() {
        return Timestamps.parse(data.reviewedAt());
    }

    @Description("The reviewing coach's note.")
    public String getReviewNote() {
        return data.reviewNote();
    }
}
