package io.onme.journal.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET/PUT /settings/retention}: null keeps encounters; else 1–120 months. */
public record RetentionView(@Schema(nullable = true) @Min(1) @Max(120) Integer retentionMonths) {
}
