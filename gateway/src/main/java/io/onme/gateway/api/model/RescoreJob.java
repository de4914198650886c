package io.onme.gateway.api.model;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** scoring-service's {@code /admin/rescore} job (JSON and GraphQL). */
@Description("A rescore, in the background, of the tenant's score facts an older analyser version made:"
        + " processed of total, rescored of them replaced.")
public record RescoreJob(
        @Id @NonNull String id,
        @NonNull RescoreStatus status,
        @NonNull @Description("The analyser version the facts are rescored with.") String targetVersion,
        int total,
        int processed,
        int rescored,
        @Description("0..1: processed / total (1 when done with nothing to do).") double progress,
        @NonNull OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        @Description("Why a FAILED job stopped.") String error) {
}
