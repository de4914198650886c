package io.onme.gateway.api.model;

/**
 * GraphQL enum {@code CoachVisibility}: when coaches see a new reading
 * (docs/coaching-not-surveillance.md); the same names travel in scoring-service's JSON.
 */
public enum CoachVisibility {
    IMMEDIATE,
    AFTER_REP_SEEN,
    AFTER_DELAY
}
