package io.onme.journal.service;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.onme.journal.domain.Outcome;

/**
 * GraphQL UpdateEncounterInput: absent fields stay as they are. {@code expectedRevision}, when
 * given, makes the edit fail with 409 if someone changed the encounter since that revision.
 */
public record UpdateEncounterRequest(
        @Schema(nullable = true) Outcome outcome,
        @Schema(nullable = true) @Size(max = Limits.MAX_REFLECTION) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String reflection,
        @Schema(nullable = true) Instant followUpAt,
        @Schema(nullable = true) @Size(max = Limits.MAX_TACTICS) List<@NotBlank @Size(max = Limits.MAX_TACTIC_LENGTH) String> tactics,
        @Schema(nullable = true) Long expectedRevision) {
}
