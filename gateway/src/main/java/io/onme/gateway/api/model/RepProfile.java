package io.onme.gateway.api.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A rep's ownership indicators over a window, as scoring-service computes them. */
public record RepProfile(
        @NonNull Member rep,
        @NonNull Window window,
        int entries,
        @Description("Time-weighted mean of entry ownership scores; null with no scored entries.") Double ownershipIndex,
        @NonNull List<@NonNull TrendPoint> trend,
        @NonNull List<@NonNull StanceShare> stanceMix,
        @NonNull List<@NonNull TargetShare> blameProfile,
        @NonNull ArchetypeRange archetypeRange,
        @NonNull Persistence persistence,
        Double winRate) {

    public RepProfile {
        trend = trend == null ? List.of() : trend;
        stanceMix = stanceMix == null ? List.of() : stanceMix;
        blameProfile = blameProfile == null ? List.of() : blameProfile;
        archetypeRange = archetypeRange == null
                ? new ArchetypeRange(List.of(), 0, 0, List.of())
                : archetypeRange;
        persistence = persistence == null ? new Persistence(null, null) : persistence;
    }

    /** The same profile with the rep as the gateway describes it. */
    public RepProfile withRep(Member value) {
        return new RepProfile(
                value,
                window,
                entries,
                ownershipIndex,
                trend,
                stanceMix,
                blameProfile,
                archetypeRange,
                persistence,
                winRate);
    }
}
