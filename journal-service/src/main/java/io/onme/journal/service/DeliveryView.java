package io.onme.journal.service;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.onme.journal.domain.DeliveryAction;
import io.onme.journal.domain.ScoreStatus;

/** An outbox entry, for admins. */
public record DeliveryView(
        String encounterId,
        DeliveryAction action,
        long revision,
        ScoreStatus scoreStatus,
        int attempts,
        @Schema(nullable = true) Instant dueAt,
        @Schema(nullable = true) Instant queuedAt,
        @Schema(nullable = true) Instant lastAttemptAt,
        @Schema(nullable = true) String lastError,
        @Schema(nullable = true) String leaseOwner,
        @Schema(nullable = true) Instant leaseUntil) {
}
