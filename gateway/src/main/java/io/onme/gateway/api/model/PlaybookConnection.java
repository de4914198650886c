package io.onme.gateway.api.model;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;

public record PlaybookConnection(
        @NonNull List<@NonNull PlaybookEdge> edges, @NonNull PageInfo pageInfo, int totalCount) {
}
