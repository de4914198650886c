package io.onme.gateway.api.model;

/** GraphQL enum {@code BlameTarget}; the same names travel in the services' JSON. */
public enum BlameTarget {
    CUSTOMER,
    MANAGEMENT,
    OPERATIONS,
    PRICE,
    MARKET,
    PRODUCT
}
