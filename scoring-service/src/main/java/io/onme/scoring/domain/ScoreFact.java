package io.onme.scoring.domain;

import java.time.Instant;

import io.onme.scoring.analysis.Analysis;

/**
 * The stored analysis of one encounter revision, as the service reads it back, with its reading.
 *
 * @param analysis the machine's analysis
 */
public record ScoreFact(
        String encounterId,
        long revision,
        String repId,
        String teamId,
        Instant occurredAt,
        String analyzerVersion,
        Instant scoredAt,
        Analysis analysis,
        Reading reading) {
}
