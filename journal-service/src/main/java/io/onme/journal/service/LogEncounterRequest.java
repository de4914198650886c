package io.onme.journal.service;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.onme.journal.domain.ArchetypeKey;
import io.onme.journal.domain.Channel;
import io.onme.journal.domain.Language;
import io.onme.journal.domain.Outcome;

/**
 * The fields of GraphQL LogEncounterInput. The tenant and the rep come from the token, never from
 * here. {@code clientRequestId}, a UUID the client makes once per encounter it means to log, makes
 * a retry of the same request return the encounter the first one created instead of logging it
 * twice.
 */
@EncounterRulesHold
public record LogEncounterRequest(
        @NotNull @Valid CustomerInput customer,
        @NotNull Instant occurredAt,
        @Schema(nullable = true) Channel channel,
        @Schema(nullable = true) ArchetypeKey archetype,
        @Schema(nullable = true) @Min(1) @Max(5) Integer intensity,
        @Size(max = Limits.MAX_TACTICS) List<@NotBlank @Size(max = Limits.MAX_TACTIC_LENGTH) String> tactics,
        @Size(max = Limits.MAX_PLAYBOOKS) List<@NotBlank @Size(max = Limits.MAX_ID_LENGTH) String> playbookIds,
        @NotNull Outcome outcome,
        @Schema(nullable = true) @Valid MoneyInput dealValue,
        @NotBlank @Size(max = Limits.MAX_REFLECTION) String reflection,
        @Schema(nullable = true) Language language,
        @Schema(nullable = true) Instant followUpAt,
        @Schema(nullable = true) @Size(max = Limits.MAX_ID_LENGTH) String teamId,
        @Schema(nullable = true, format = "uuid") @Pattern(regexp = UUID, message = "must be a UUID such as 7d444840-9dc0-11d1-b245-5ffdce74fad2") String clientRequestId) {

    public static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
}
