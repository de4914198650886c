package io.onme.journal.api;

import io.onme.journal.domain.DeliveryAction;
import io.onme.journal.domain.ScoreStatus;

import java.time.Instant;

/** An outbox entry, for admins. */
public record DeliveryView(String encounterId, DeliveryAction action, long revision, ScoreStatus scoreStatus,
                           int attempts, Instant dueAt, Instant queuedAt, Instant lastAttemptAt, String lastError,
                           String leaseOwner, Instant leaseUntil) {
}
