package io.onme.gateway.client;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Body of scoring-service's {@code POST /readings/{encounterId}/dispute}. */
@RegisterForReflection
public record DisputeRequest(String note) {
}
