package io.onme.scoring.domain;

import java.math.BigDecimal;
import java.time.Instant;

import io.onme.scoring.analysis.Language;

/**
 * What journal-service tells scoring about one encounter revision: the dimensions the indicators
 * group by, and the reflection to analyse.
 *
 * @param requestedLanguage null to let the analyser detect it
 */
public record EncounterFacts(
        String encounterId,
        long revision,
        String repId,
        String repName,
        String teamId,
        String customerId,
        Instant occurredAt,
        Archetype archetype,
        Integer intensity,
        Outcome outcome,
        BigDecimal dealAmount,
        String dealCurrency,
        boolean followUpSet,
        String reflection,
        Language requestedLanguage) {

    public EncounterFacts withReflection(String text) {
        return new EncounterFacts(
                encounterId,
                revision,
                repId,
                repName,
                teamId,
                customerId,
                occurredAt,
                archetype,
                intensity,
                outcome,
                dealAmount,
                dealCurrency,
                followUpSet,
                text,
                requestedLanguage);
    }
}
