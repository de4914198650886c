package io.onme.gateway.client;

import java.time.OffsetDateTime;
import java.util.List;

import io.onme.gateway.api.model.ArchetypeKey;
import io.onme.gateway.api.model.Channel;
import io.onme.gateway.api.model.CoachingNote;
import io.onme.gateway.api.model.CustomerRef;
import io.onme.gateway.api.model.Language;
import io.onme.gateway.api.model.Money;
import io.onme.gateway.api.model.Outcome;
import io.onme.gateway.api.model.ScoreStatus;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** journal-service's {@code Encounter} JSON. */
@RegisterForReflection
public record EncounterData(String id, String repId, String repName, String teamId, CustomerRef customer,
        OffsetDateTime occurredAt, Channel channel, ArchetypeKey archetype, Integer intensity, List<String> tactics,
        List<String> playbookIds, Outcome outcome, Money dealValue, String reflection, Language language,
        OffsetDateTime followUpAt, List<CoachingNote> notes, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        Long revision, ScoreStatus scoreStatus) {

    public EncounterData {
        tactics = tactics == null ? List.of() : tactics;
        playbookIds = playbookIds == null ? List.of() : playbookIds;
        notes = notes == null ? List.of() : notes;
    }
}
