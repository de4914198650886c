package io.onme.gateway.client;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * journal-service's {@code /settings/retention} JSON; {@code null} months (sent as such, not left
 * out) keeps encounters for ever.
 */
@RegisterForReflection
public record RetentionData(@JsonInclude(JsonInclude.Include.ALWAYS) Integer retentionMonths) {
}
