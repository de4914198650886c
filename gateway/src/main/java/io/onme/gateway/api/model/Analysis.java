package io.onme.gateway.api.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The attribution analysis of a reflection, as scoring-service returns it. */
public record Analysis(
        @NonNull Language language,
        @NonNull Stance stance,
        @Description("0 (pure blame or helplessness) .. 100 (full ownership).") int ownershipScore,
        @NonNull List<@NonNull BlameTarget> blameTargets,
        @NonNull List<@NonNull Evidence> evidence,
        @NonNull List<@NonNull Reframe> reframes,
        @Description("0..1: how sure the analyser is of this stance and these blame targets; a client can mark a low value"
                + " (say under 0.6) for a coach to review. Null for a reading made before the analyser reported it (a rescore"
                + " fills it in).") Double confidence) {

    public Analysis {
        blameTargets = blameTargets == null ? List.of() : blameTargets;
        evidence = evidence == null ? List.of() : evidence;
        reframes = reframes == null ? List.of() : reframes;
    }
}
