package io.onme.journal.domain;

/** Values as named in the public GraphQL contract. */
public enum ArchetypeKey {
    SKEPTICAL,
    ANTAGONISTIC,
    UNINTERESTED,
    HOSTILE,
    CLOSED,
    DISTRUSTFUL,
    PRICE_FOCUSED,
    NOT_LISTENING,
    READY
}
