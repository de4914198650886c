package io.onme.journal.service;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.onme.journal.domain.ArchetypeKey;
import io.onme.journal.domain.Channel;
import io.onme.journal.domain.Language;
import io.onme.journal.domain.Outcome;
import io.onme.journal.domain.ScoreStatus;

/** The Encounter JSON of docs/service-apis.md. */
public record EncounterView(
        String id,
        String repId,
        String repName,
        String teamId,
        CustomerRef customer,
        Instant occurredAt,
        @Schema(nullable = true) Channel channel,
        @Schema(nullable = true) ArchetypeKey archetype,
        @Schema(nullable = true) Integer intensity,
        List<String> tactics,
        List<String> playbookIds,
        Outcome outcome,
        @Schema(nullable = true) Money dealValue,
        String reflection,
        Language language,
        @Schema(nullable = true) Instant followUpAt,
        List<Note> notes,
        Instant createdAt,
        Instant updatedAt,
        long revision,
        ScoreStatus scoreStatus,
        @Schema(nullable = true) Score score) {

    public record CustomerRef(String id, String name) {
    }

    public record Money(String amount, String currency) {
    }

    public record Note(
            String id, String authorId, String authorName, String text, Instant createdAt) {
    }

    public record Score(
            String stance,
            @Schema(nullable = true) Integer ownershipScore,
            @Schema(nullable = true) String analyzerVersion) {
    }
}
