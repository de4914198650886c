package io.onme.scoring.domain;

import java.time.Instant;

import io.onme.scoring.analysis.Language;

/** One encounter's reading with what the reading rules need to know of its fact. */
public record ReadingFact(
        String encounterId,
        long revision,
        String repId,
        String teamId,
        Language language,
        Instant occurredAt,
        Instant scoredAt,
        Reading reading) {
}
