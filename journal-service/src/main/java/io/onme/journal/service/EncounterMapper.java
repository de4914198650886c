package io.onme.journal.service;

import java.util.List;

import io.onme.journal.persistence.CustomerDocument;
import io.onme.journal.persistence.Delivery;
import io.onme.journal.persistence.EncounterDocument;

/**
 * Documents to the views the services answer, explicitly: nothing internal (tenant, outbox,
 * tombstone) leaks out, and no document leaves the service layer.
 */
final class EncounterMapper {

    private EncounterMapper() {
    }

    static EncounterView toView(EncounterDocument doc) {
        return new EncounterView(
                doc.id.toHexString(),
                doc.repId,
                doc.repName,
                doc.teamId,
                new EncounterView.CustomerRef(doc.customerId, doc.customerName),
                doc.occurredAt,
                doc.channel,
                doc.archetype,
                doc.intensity,
                copy(doc.tactics),
                copy(doc.playbookIds),
                doc.outcome,
                doc.dealValue == null
                        ? null
                        : new EncounterView.Money(doc.dealValue.amount, doc.dealValue.currency),
                doc.reflection,
                doc.language,
                doc.followUpAt,
                doc.notes == null
                        ? List.of()
                        : doc.notes.stream().map(EncounterMapper::toView).toList(),
                doc.createdAt,
                doc.updatedAt,
                doc.revision,
                doc.scoreStatus,
                doc.score == null || doc.score.stance == null
                        ? null
                        : new EncounterView.Score(
                                doc.score.stance,
                                doc.score.ownershipScore,
                                doc.score.analyzerVersion));
    }

    static EncounterView.Note toView(EncounterDocument.Note note) {
        return new EncounterView.Note(
                note.id, note.authorId, note.authorName, note.text, note.createdAt);
    }

    static CustomerView toView(CustomerDocument customer) {
        return new CustomerView(customer.id.toHexString(), customer.name, customer.createdAt);
    }

    static DeliveryView toDeliveryView(EncounterDocument doc) {
        Delivery d = doc.delivery;
        return new DeliveryView(
                doc.id.toHexString(),
                d.action,
                d.revision,
                doc.scoreStatus,
                d.attempts,
                d.dueAt,
                d.queuedAt,
                d.lastAttemptAt,
                d.lastError,
                d.leaseOwner,
                d.leaseUntil);
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
