package io.onme.gateway.api.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@org.eclipse.microprofile.graphql.Input("ReviewInput")
public record ReviewInput(
        @NonNull ReviewDecision decision,
        @Description("CORRECT only: the stance the reading should have.") Stance stance,
        @Description("CORRECT only, with BLAME (at least one) or MIXED.") @io.smallrye.graphql.api.Nullable List<@NonNull BlameTarget> blameTargets,
        @Description("At most 500 characters; needed to correct a disputed reading.") String note) {
}
