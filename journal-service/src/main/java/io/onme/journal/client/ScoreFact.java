package io.onme.journal.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The part of scoring's ScoreFact the journal keeps; the rest is read from scoring by the gateway.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScoreFact(
        String encounterId,
        Long revision,
        String analyzerVersion,
        Instant scoredAt,
        AnalysisSummary analysis) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AnalysisSummary(String stance, Integer ownershipScore, String analyzerVersion) {
    }
}
