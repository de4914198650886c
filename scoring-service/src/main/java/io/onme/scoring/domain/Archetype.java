package io.onme.scoring.domain;

/** The nine customer archetypes of the ownership model (playbook keys). */
public enum Archetype {
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
