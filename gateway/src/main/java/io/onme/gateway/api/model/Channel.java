package io.onme.gateway.api.model;

/** GraphQL enum {@code Channel}; the same names travel in the services' JSON. */
public enum Channel {
    MEETING,
    CALL,
    VIDEO,
    EMAIL,
    MESSAGE,
    OTHER
}
