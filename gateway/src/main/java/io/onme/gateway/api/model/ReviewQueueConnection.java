package io.onme.gateway.api.model;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;

public record ReviewQueueConnection(
        @NonNull List<@NonNull ReviewItemEdge> edges, @NonNull PageInfo pageInfo, int totalCount) {
}
