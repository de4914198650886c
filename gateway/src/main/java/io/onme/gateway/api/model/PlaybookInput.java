package io.onme.gateway.api.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@org.eclipse.microprofile.graphql.Input("PlaybookInput")
public record PlaybookInput(
        @NonNull ArchetypeKey archetype,
        @NonNull Language language,
        @NonNull String title,
        @NonNull String stance,
        @NonNull List<@NonNull PlaybookStepInput> steps,
        @io.smallrye.graphql.api.Nullable List<@NonNull String> phrasesToUse,
        @io.smallrye.graphql.api.Nullable List<@NonNull String> phrasesToAvoid,
        @Id String teamId,
        @io.smallrye.graphql.api.Nullable List<@NonNull String> tags) {
}
