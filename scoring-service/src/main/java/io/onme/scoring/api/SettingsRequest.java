package io.onme.scoring.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.onme.scoring.domain.CoachVisibility;

/** {@code PUT /readings/settings}: the settings to change; an absent (null) one stays. */
public record SettingsRequest(
        @Schema(nullable = true) CoachVisibility coachVisibility,
        @Schema(nullable = true) @Min(1) @Max(720) Integer coachDelayHours,
        @Schema(nullable = true) Boolean repsSeeLeaderboard,
        @Schema(nullable = true) @DecimalMin("0.0") @DecimalMax("1.0") Double reviewConfidenceBelow,
        @Schema(nullable = true) Boolean trainingConsent) {
}
