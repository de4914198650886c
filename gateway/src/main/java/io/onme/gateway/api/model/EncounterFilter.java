package io.onme.gateway.api.model;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("EncounterFilter")
public record EncounterFilter(
        @Id String repId,
        @Id String teamId,
        @Id String customerId,
        Outcome outcome,
        Stance stance,
        ArchetypeKey archetype,
        OffsetDateTime from,
        OffsetDateTime to) {
}
