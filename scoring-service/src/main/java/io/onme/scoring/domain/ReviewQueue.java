package io.onme.scoring.domain;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of a coach's review queue (GraphQL {@code ReviewQueueConnection}): disputes first, then
 * low-confidence readings, oldest first within each (disputes by when they were disputed, the
 * others by when the encounter occurred).
 */
public record ReviewQueue(List<Edge> edges, PageInfo pageInfo, int totalCount) {

    public ReviewQueue {
        edges = List.copyOf(edges);
    }

    public record Edge(String cursor, Item node) {
    }

    /** One reading waiting for a coach; the gateway resolves the encounter by its id. */
    public record Item(
            String encounterId,
            String repId,
            String teamId,
            Instant occurredAt,
            ReviewReason reason,
            @Schema(nullable = true) Double confidence,
            Reading reading) {
    }

    public record PageInfo(boolean hasNextPage, @Schema(nullable = true) String endCursor) {
    }
}
