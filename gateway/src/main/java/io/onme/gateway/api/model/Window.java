package io.onme.gateway.api.model;

/** GraphQL enum {@code Window}; the same names travel in the services' JSON. */
public enum Window {
    LAST_7_DAYS,
    LAST_30_DAYS,
    LAST_90_DAYS,
    LAST_365_DAYS,
    ALL_TIME
}
