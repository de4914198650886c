package io.onme.gateway.client;

import io.onme.gateway.api.model.Analysis;
import io.onme.gateway.api.model.ReadingData;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * scoring-service's {@code ScoreFact} JSON ({@code scoredAt} as text: nothing reads it). {@code
 * analysis} is the machine's; {@code reading} the one that counts; {@code withheld} true (with
 * neither) when the caller is not the rep and the reading is not released to coaches yet.
 */
@RegisterForReflection
public record ScoreFactData(
        String encounterId,
        Long revision,
        String analyzerVersion,
        String scoredAt,
        Analysis analysis,
        ReadingData reading,
        Boolean withheld) {

    public boolean isWithheld() {
        return Boolean.TRUE.equals(withheld);
    }
}
