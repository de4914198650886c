package io.onme.gateway.api.model;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * GraphQL {@code Encounter}: the plain fields come from journal-service's encounter; archetype,
 * playbooksUsed, analysis and suggestedPlaybooks are resolved in batches by {@code EncounterApi}.
 */
public class Encounter {

    private final EncounterData data;

    public Encounter(EncounterData data) {
        this.data = data;
    }

    @Ignore
    public EncounterData data() {
        return data;
    }

    @Id
    @NonNull
    public String getId() {
        return data.id();
    }

    /** The rep as journal-service recorded them; no call needed. */
    @NonNull
    public Member getRep() {
        return new Member(
                data.repId(),
                data.repName(),
                data.teamId() == null ? List.of() : List.of(data.teamId()));
    }

    @Id
    @NonNull
    public String getTeamId() {
        return data.teamId();
    }

    @NonNull
    public CustomerRef getCustomer() {
        return data.customer();
    }

    @NonNull
    public OffsetDateTime getOccurredAt() {
        return Timestamps.parse(data.occurredAt());
    }

    public Channel getChannel() {
        return data.channel();
    }

    public Integer getIntensity() {
        return data.intensity();
    }

    @NonNull
    public List<@NonNull String> getTactics() {
        return data.tactics();
    }

    @NonNull
    public Outcome getOutcome() {
        return data.outcome();
    }

    public Money getDealValue() {
        return data.dealValue();
    }

    @NonNull
    public String getReflection() {
        return data.reflection();
    }

    @NonNull
    public Language getLanguage() {
        return data.language();
    }

    public OffsetDateTime getFollowUpAt() {
        return Timestamps.parse(data.followUpAt());
    }

    @NonNull
    public List<@NonNull CoachingNote> getNotes() {
        return data.notes();
    }

    @NonNull
    public OffsetDateTime getCreatedAt() {
        return Timestamps.parse(data.createdAt());
    }

    @NonNull
    public OffsetDateTime getUpdatedAt() {
        return Timestamps.parse(data.updatedAt());
    }

    /**
     * As journal-service keeps it on the encounter (it copies the score summary when scoring
     * answers).
     */
    @NonNull
    public ScoreStatus getScoreStatus() {
        return data.scoreStatus() == null ? ScoreStatus.PENDING : data.scoreStatus();
    }
}
