package io.onme.gateway.api.model;

/** GraphQL enum {@code ReadingAction}: what a change in a reading's history did. */
public enum ReadingAction {
    DISPUTED,
    CONFIRMED,
    CORRECTED,
    RESET
}
