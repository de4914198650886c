package io.onme.journal.domain;

/** Values as named in the public GraphQL contract. */
public enum Channel {
    MEETING,
    CALL,
    VIDEO,
    EMAIL,
    MESSAGE,
    OTHER
}
