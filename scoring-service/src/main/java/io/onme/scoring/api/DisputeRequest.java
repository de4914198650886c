package io.onme.scoring.api;

/** {@code POST /readings/{encounterId}/dispute}: the rep's words, 1–500 characters. */
public record DisputeRequest(String note) {
}
