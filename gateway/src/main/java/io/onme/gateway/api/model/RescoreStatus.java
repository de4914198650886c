package io.onme.gateway.api.model;

/** GraphQL enum {@code RescoreStatus}; the same names travel in scoring-service's JSON. */
public enum RescoreStatus {
    RUNNING,
    DONE,
    FAILED
}
