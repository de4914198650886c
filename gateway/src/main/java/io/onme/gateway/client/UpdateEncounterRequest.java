package io.onme.gateway.client;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.onme.gateway.api.model.Outcome;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Body of journal-service's {@code PATCH /encounters/{id}}: absent fields stay unchanged. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateEncounterRequest(
        Outcome outcome, String reflection, Instant followUpAt, List<String> tactics) {
}
