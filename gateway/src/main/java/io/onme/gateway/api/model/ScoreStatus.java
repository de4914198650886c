package io.onme.gateway.api.model;

/** GraphQL enum {@code ScoreStatus}; the same names travel in the services' JSON. */
public enum ScoreStatus {
    PENDING,
    SCORED,
    FAILED
}
