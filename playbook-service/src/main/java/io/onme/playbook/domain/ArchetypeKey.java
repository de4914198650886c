package io.onme.playbook.domain;

/** The nine customer archetypes of the ownership model (§2); names are the GraphQL enum values. */
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
