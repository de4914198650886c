package io.onme.gateway.api.model;

import java.time.OffsetDateTime;
import java.util.List;

@org.eclipse.microprofile.graphql.Input("UpdateEncounterInput")
public record UpdateEncounterInput(
        Outcome outcome,
        String reflection,
        OffsetDateTime followUpAt,
        @io.smallrye.graphql.api.Nullable List<@org.eclipse.microprofile.graphql.NonNull String> tactics) {
}
