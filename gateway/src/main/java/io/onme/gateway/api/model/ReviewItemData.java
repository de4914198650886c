package io.onme.gateway.api.model;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A node of scoring-service's {@code GET /readings/review-queue} page (its other fields, the rep,
 * team and reading, come with the encounter).
 */
@RegisterForReflection
public record ReviewItemData(String encounterId, ReviewReason reason, Double confidence) {
}
