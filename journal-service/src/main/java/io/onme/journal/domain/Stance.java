package io.onme.journal.domain;

/** Values as named in the public GraphQL contract. */
public enum Stance {
    OWNERSHIP,
    BLAME,
    HELPLESS,
    MIXED,
    NEUTRAL
}
