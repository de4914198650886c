package io.onme.gateway.client;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.onme.gateway.api.model.ArchetypeKey;
import io.onme.gateway.api.model.Channel;
import io.onme.gateway.api.model.Language;
import io.onme.gateway.api.model.Money;
import io.onme.gateway.api.model.Outcome;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Body of journal-service's {@code POST /encounters}; timestamps as UTC instants. {@code
 * clientRequestId} is left out when the client sent none (journal-service refuses fields it does
 * not know, and knew none before issue 16).
 */
@RegisterForReflection
public record LogEncounterRequest(
        Customer customer,
        Instant occurredAt,
        Channel channel,
        ArchetypeKey archetype,
        Integer intensity,
        List<String> tactics,
        List<String> playbookIds,
        Outcome outcome,
        Money dealValue,
        String reflection,
        Language language,
        Instant followUpAt,
        String teamId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String clientRequestId) {

    @RegisterForReflection
    public record Customer(String id, String name) {
    }
}
