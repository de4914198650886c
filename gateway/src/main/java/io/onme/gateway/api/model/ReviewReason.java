package io.onme.gateway.api.model;

/** GraphQL enum {@code ReviewReason}: why a reading is in the review queue. */
public enum ReviewReason {
    DISPUTED,
    LOW_CONFIDENCE
}
