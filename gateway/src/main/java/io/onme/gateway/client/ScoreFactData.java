package io.onme.gateway.client;

import io.onme.gateway.api.model.Analysis;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** scoring-service's {@code ScoreFact} JSON ({@code scoredAt} as text: nothing reads it). */
@RegisterForReflection
public record ScoreFactData(
        String encounterId,
        Long revision,
        String analyzerVersion,
        String scoredAt,
        Analysis analysis) {}
