package io.onme.scoring.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.Stance;

/**
 * {@code POST /tenant-phrases}: a jargon phrase, its language, its stance and (for blame) target.
 */
public record TenantPhraseRequest(
        @NotBlank @Size(max = 200) String phrase,
        @NotBlank String language,
        @NotNull Stance stance,
        @Schema(nullable = true) BlameTarget target) {
}
