package io.onme.gateway.api.model;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;

public record EncounterConnection(
        @NonNull List<@NonNull EncounterEdge> edges, @NonNull PageInfo pageInfo, int totalCount) {
}
