package io.onme.scoring.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.onme.scoring.domain.Reading;

/**
 * {@code ScoreFact}: the stored analysis of one encounter revision and its reading; {@code
 * withheld} (with neither) when the caller is not the rep and the reading is not released to
 * coaches yet.
 *
 * @param analysis the machine's analysis
 */
public record ScoreFactView(
        String encounterId,
        long revision,
        String repId,
        String teamId,
        Instant occurredAt,
        String analyzerVersion,
        Instant scoredAt,
        @Schema(nullable = true) AnalysisView analysis,
        @Schema(nullable = true) Reading reading,
        boolean withheld) {
}
