package io.onme.gateway.api.model;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * journal-service's {@code Encounter} JSON. Timestamps stay ISO-8601 text until a query selects
 * them ({@link io.onme.gateway.api.model.Encounter} parses them then): a dashboard page reads ~100
 * it never shows, and parsing them all on arrival was ~6 % of the gateway's CPU.
 */
@RegisterForReflection
public record EncounterData(
        String id,
        String repId,
        String repName,
        String teamId,
        CustomerRef customer,
        String occurredAt,
        Channel channel,
        ArchetypeKey archetype,
        Integer intensity,
        List<String> tactics,
        List<String> playbookIds,
        Outcome outcome,
        Money dealValue,
        String reflection,
        Language language,
        String followUpAt,
        List<CoachingNote> notes,
        String createdAt,
        String updatedAt,
        Long revision,
        ScoreStatus scoreStatus) {

    public EncounterData {
        tactics = tactics == null ? List.of() : tactics;
        playbookIds = playbookIds == null ? List.of() : playbookIds;
        notes = notes == null ? List.of() : notes;
    }
}
