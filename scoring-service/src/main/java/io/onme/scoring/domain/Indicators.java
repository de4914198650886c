package io.onme.scoring.domain;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.Stance;

/**
 * The ownership indicators (ownership model §4), shaped like the GraphQL types of the same names.
 * Values only: every number is computed in SQL.
 */
public final class Indicators {

    private Indicators() {
    }

    /** A rep as scoring has seen them in facts. */
    public record Member(
            String id, @Schema(nullable = true) String displayName, List<String> teamIds) {
    }

    public record RepProfile(
            Member rep,
            Window window,
            Instant asOf,
            int entries,
            @Schema(nullable = true) Double ownershipIndex,
            List<TrendPoint> trend,
            List<StanceShare> stanceMix,
            List<TargetShare> blameProfile,
            ArchetypeRange archetypeRange,
            Persistence persistence,
            @Schema(nullable = true) Double winRate) {
    }

    public record TrendPoint(
            Instant periodStart, @Schema(nullable = true) Double ownershipIndex, int entries) {
    }

    public record StanceShare(Stance stance, double share, int count) {
    }

    public record TargetShare(BlameTarget target, double share, int count) {
    }

    public record ArchetypeRange(
            List<Archetype> archetypesWon,
            double coverage,
            double evenness,
            List<ArchetypeWins> winsByArchetype) {
    }

    public record ArchetypeWins(Archetype archetype, int wins, int encounters) {
    }

    public record Persistence(
            @Schema(nullable = true) Double encountersPerCustomer,
            @Schema(nullable = true) Double abandonmentRate) {
    }

    public record QuartileOutcome(
            int quartile,
            @Schema(nullable = true) Double minScore,
            @Schema(nullable = true) Double maxScore,
            int encounters,
            @Schema(nullable = true) Double winRate) {
    }
}
