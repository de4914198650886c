package io.onme.gateway.api.model;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * scoring-service's {@code reading} JSON (beside a score fact's analysis, and the answer of its
 * {@code /readings/{encounterId}} writes). Timestamps stay text until a query selects them.
 */
@RegisterForReflection
public record ReadingData(
        Stance stance,
        List<BlameTarget> blameTargets,
        Integer ownershipScore,
        ReadingState state,
        Stance machineStance,
        List<BlameTarget> machineBlameTargets,
        Double confidence,
        String seenByRepAt,
        Boolean releasedToCoaches,
        String disputeNote,
        String disputedAt,
        String reviewedBy,
        String reviewedAt,
        String reviewNote) {

    public ReadingData {
        blameTargets = blameTargets == null ? List.of() : blameTargets;
        machineBlameTargets = machineBlameTargets == null ? List.of() : machineBlameTargets;
    }
}
