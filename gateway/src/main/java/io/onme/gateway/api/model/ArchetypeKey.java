package io.onme.gateway.api.model;

/** GraphQL enum {@code ArchetypeKey}; the same names travel in the services' JSON. */
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
