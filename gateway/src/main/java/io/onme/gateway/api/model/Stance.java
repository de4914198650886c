package io.onme.gateway.api.model;

/** GraphQL enum {@code Stance}; the same names travel in the services' JSON. */
public enum Stance {
    OWNERSHIP,
    BLAME,
    HELPLESS,
    MIXED,
    NEUTRAL
}
