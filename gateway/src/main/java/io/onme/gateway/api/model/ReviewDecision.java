package io.onme.gateway.api.model;

/** GraphQL enum {@code ReviewDecision}: a coach keeps the machine's reading or corrects it. */
public enum ReviewDecision {
    CONFIRM,
    CORRECT
}
