package io.onme.gateway.api.model;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One service's part of an erasure, as journal-service's outbox delivers it. */
public record ErasureStep(
        @NonNull @Description("The service that erases its part (scoring-service, playbook-service).") String service,
        @NonNull ErasureState state,
        OffsetDateTime completedAt,
        @Description("Delivery attempts so far.") int attempts,
        @Description("Why the last attempt failed, when it did.") String lastError) {
}
