package io.onme.scoring.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.onme.scoring.domain.Reflections;

/**
 * {@code POST /analyses}: the text and, optionally, its language ("HE", "en", ... or null to
 * detect).
 */
public record AnalyzeRequest(
        @NotNull @Size(max = Reflections.MAX_LENGTH) String text,
        @Schema(nullable = true) String language) {
}
