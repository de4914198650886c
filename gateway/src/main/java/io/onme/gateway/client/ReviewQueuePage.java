package io.onme.gateway.client;

import java.util.List;

import io.onme.gateway.api.model.PageInfo;
import io.onme.gateway.api.model.ReviewItemData;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * scoring-service's {@code GET /readings/review-queue} page: already edges with their own cursors
 * and page info, which the gateway passes on as they are.
 */
@RegisterForReflection
public record ReviewQueuePage(List<Edge> edges, PageInfo pageInfo, Integer totalCount) {

    public ReviewQueuePage {
        edges = edges == null ? List.of() : edges;
    }

    @RegisterForReflection
    public record Edge(String cursor, ReviewItemData node) {
    }
}
