package io.onme.scoring.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.Stance;
import io.onme.scoring.domain.ReviewDecision;

/**
 * {@code POST /readings/{encounterId}/review}: CONFIRM, or CORRECT with a stance and targets
 * (targets only with BLAME or MIXED, at least one with BLAME); the note is optional, except to
 * correct a disputed reading.
 */
public record ReviewRequest(
        ReviewDecision decision,
        @Schema(nullable = true) Stance stance,
        @Schema(nullable = true) List<BlameTarget> blameTargets,
        @Schema(nullable = true) String note) {
}
