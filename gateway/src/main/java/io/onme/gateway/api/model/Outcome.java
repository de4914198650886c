package io.onme.gateway.api.model;

/** GraphQL enum {@code Outcome}; the same names travel in the services' JSON. */
public enum Outcome {
    WON,
    LOST,
    PROGRESSING,
    NO_DECISION
}
