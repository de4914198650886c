package io.onme.gateway.api.model;

import java.time.OffsetDateTime;

/**
 * The services' ISO-8601 timestamps, parsed when a query selects them (the client DTOs keep them as
 * text).
 */
final class Timestamps {

    private Timestamps() {
    }

    static OffsetDateTime parse(String iso) {
        return iso == null ? null : OffsetDateTime.parse(iso);
    }
}
