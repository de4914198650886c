package io.onme.gateway.client;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** journal-service's answer to {@code POST /admin/retention/run}. */
@RegisterForReflection
public record RetentionRunData(int deleted) {
}
