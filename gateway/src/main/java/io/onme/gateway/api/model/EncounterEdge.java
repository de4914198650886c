package io.onme.gateway.api.model;

import org.eclipse.microprofile.graphql.NonNull;

public record EncounterEdge(@NonNull String cursor, @NonNull Encounter node) {
}
