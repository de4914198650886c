package io.onme.gateway.client;

/**
 * The list filters of journal-service's {@code GET /encounters}, as query-string values (null =
 * any).
 */
public record EncounterQuery(
        String repId,
        String teamId,
        String customerId,
        String outcome,
        String stance,
        String archetype,
        String from,
        String to) {
}
