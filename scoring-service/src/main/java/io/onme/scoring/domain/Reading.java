package io.onme.scoring.domain;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.Stance;

/**
 * What the product currently believes about one encounter's reflection (GraphQL {@code Reading}):
 * the reading that counts (a coach's correction, else the machine's) beside the machine's own.
 *
 * @param releasedToCoaches whether coaches and indicators see it yet
 */
public record Reading(
        Stance stance,
        List<BlameTarget> blameTargets,
        int ownershipScore,
        ReadingState state,
        Stance machineStance,
        List<BlameTarget> machineBlameTargets,
        int machineOwnershipScore,
        @Schema(nullable = true) Double confidence,
        @Schema(nullable = true) Instant seenByRepAt,
        boolean releasedToCoaches,
        @Schema(nullable = true) String disputeNote,
        @Schema(nullable = true) Instant disputedAt,
        @Schema(nullable = true) String reviewedBy,
        @Schema(nullable = true) Instant reviewedAt,
        @Schema(nullable = true) String reviewNote) {

    public Reading {
        blameTargets = List.copyOf(blameTargets);
        machineBlameTargets = List.copyOf(machineBlameTargets);
    }
}
