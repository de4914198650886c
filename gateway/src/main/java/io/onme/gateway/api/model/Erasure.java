package io.onme.gateway.api.model;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** journal-service's erasure record (JSON and GraphQL): the audit of one person's erasure. */
@Description("The erasure of a person's data: who asked, when, why, and when each service finished.")
public record Erasure(
        @Id @NonNull String id,
        @Id @NonNull @Description("The id the admin gave; the record names the person by it alone.") String personId,
        @NonNull String reason,
        @Id @NonNull String requestedBy,
        @NonNull OffsetDateTime requestedAt,
        @NonNull ErasureState state,
        OffsetDateTime completedAt,
        @NonNull List<@NonNull ErasureStep> steps) {

    public Erasure {
        steps = steps == null ? List.of() : steps;
    }
}
