package io.onme.playbook.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.onme.playbook.domain.ArchetypeKey;
import io.onme.playbook.domain.BlameTarget;
import io.onme.playbook.domain.Language;

/** Body of POST /playbooks/suggestions: many encounters' requests answered in one call. */
public record SuggestionInput(
        @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid Request> requests) {

    /** One encounter's request; {@code key} names its answer. */
    public record Request(
            @NotBlank @Size(max = 200) String key,
            @Schema(nullable = true) ArchetypeKey archetype,
            @Schema(nullable = true) @Size(max = 6) List<@NotNull BlameTarget> blameTargets,
            @Schema(nullable = true) Language language,
            @Schema(nullable = true) @Size(min = 1, max = 128) String teamId,
            @Schema(nullable = true) @Min(1) @Max(20) Integer limit) {
    }
}
