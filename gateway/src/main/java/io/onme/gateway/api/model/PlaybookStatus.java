package io.onme.gateway.api.model;

/** GraphQL enum {@code PlaybookStatus}; the same names travel in the services' JSON. */
public enum PlaybookStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
