package io.onme.journal.service;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.empty;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.conversions.Bson;

import io.onme.journal.domain.ArchetypeKey;
import io.onme.journal.domain.Outcome;
import io.onme.journal.domain.Stance;
import io.onme.journal.persistence.EncounterDocument;

/** The EncounterFilter of the GraphQL contract; {@code from} inclusive, {@code to} exclusive. */
public record EncounterQuery(
        String repId,
        String teamId,
        String customerId,
        Outcome outcome,
        Stance stance,
        ArchetypeKey archetype,
        Instant from,
        Instant to) {

    public static EncounterQuery none() {
        return new EncounterQuery(null, null, null, null, null, null, null, null);
    }

    Bson toFilter() {
        List<Bson> parts = new ArrayList<>();
        if (repId != null) {
            parts.add(eq(EncounterDocument.REP, repId));
        }
        if (teamId != null) {
            parts.add(eq(EncounterDocument.TEAM, teamId));
        }
        if (customerId != null) {
            parts.add(eq(EncounterDocument.CUSTOMER_ID, customerId));
        }
        if (outcome != null) {
            parts.add(eq(EncounterDocument.OUTCOME, outcome.name()));
        }
        if (stance != null) {
            parts.add(eq(EncounterDocument.STANCE, stance.name()));
        }
        if (archetype != null) {
            parts.add(eq(EncounterDocument.ARCHETYPE, archetype.name()));
        }
        if (from != null) {
            parts.add(gte(EncounterDocument.OCCURRED_AT, from));
        }
        if (to != null) {
            parts.add(lt(EncounterDocument.OCCURRED_AT, to));
        }
        return parts.isEmpty() ? empty() : and(parts);
    }
}
