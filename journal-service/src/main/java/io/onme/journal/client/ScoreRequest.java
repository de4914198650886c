package io.onme.journal.client;

import java.time.Instant;

/** Body of {@code PUT /scores/{encounterId}} (docs/service-apis.md). */
public record ScoreRequest(
        long revision,
        String repId,
        String teamId,
        String customerId,
        Instant occurredAt,
        String archetype,
        Integer intensity,
        String outcome,
        Money dealValue,
        String reflection,
        String language,
        boolean followUpSet) {

    public record Money(String amount, String currency) {
    }
}
