package io.onme.gateway.api.model;

/** GraphQL enum {@code Role}; the same names travel in the services' JSON. */
public enum Role {
    REP,
    COACH,
    ADMIN
}
