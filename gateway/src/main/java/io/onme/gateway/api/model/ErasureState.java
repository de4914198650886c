package io.onme.gateway.api.model;

/** GraphQL enum {@code ErasureState}; the same names travel in journal-service's JSON. */
public enum ErasureState {
    PENDING,
    DONE
}
