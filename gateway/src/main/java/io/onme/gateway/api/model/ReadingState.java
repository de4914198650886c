package io.onme.gateway.api.model;

/** GraphQL enum {@code ReadingState}; the same names travel in scoring-service's JSON. */
public enum ReadingState {
    UNREVIEWED,
    DISPUTED,
    CONFIRMED,
    CORRECTED
}
