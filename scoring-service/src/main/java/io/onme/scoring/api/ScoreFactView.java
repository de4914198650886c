package io.onme.scoring.api;

import java.time.Instant;

/** {@code ScoreFact}: the stored analysis of one encounter revision. */
public record ScoreFactView(
        String encounterId,
        long revision,
        String repId,
        String teamId,
        Instant occurredAt,
        String analyzerVersion,
        Instant scoredAt,
        AnalysisView analysis) {}
