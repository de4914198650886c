package io.onme.scoring.api;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.onme.scoring.domain.Archetype;
import io.onme.scoring.domain.Outcome;
import io.onme.scoring.domain.Reflections;

/**
 * {@code PUT /scores/{encounterId}}: one revision of an encounter as journal-service sends it.
 * {@code repName} is optional (kept so team members can be listed with names).
 */
public record ScoreRequest(
        @NotNull @PositiveOrZero Long revision,
        @NotBlank @Size(max = 200) @Pattern(regexp = Reflections.ID_PATTERN) String repId,
        @Schema(nullable = true) @Size(max = 200) @Pattern(regexp = Reflections.ID_PATTERN) String repName,
        @NotBlank @Size(max = 200) @Pattern(regexp = Reflections.ID_PATTERN) String teamId,
        @Schema(nullable = true) @Size(max = 200) @Pattern(regexp = Reflections.ID_PATTERN) String customerId,
        @NotNull Instant occurredAt,
        @Schema(nullable = true) Archetype archetype,
        @Schema(nullable = true) @Min(1) @Max(5) Integer intensity,
        @NotNull Outcome outcome,
        @Schema(nullable = true) @Valid Money dealValue,
        @NotNull @Size(max = Reflections.MAX_LENGTH) String reflection,
        @Schema(nullable = true) String language,
        @Schema(nullable = true) Boolean followUpSet) {
}
