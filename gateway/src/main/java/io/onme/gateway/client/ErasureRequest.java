package io.onme.gateway.client;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Body of journal-service's {@code POST /erasures}. */
@RegisterForReflection
public record ErasureRequest(String personId, String reason) {
}
