package io.onme.journal.domain;

/** Values as named in the public GraphQL contract. */
public enum Outcome {
    WON,
    LOST,
    PROGRESSING,
    NO_DECISION
}
