package io.onme.journal.api;

import java.time.Instant;
import java.util.List;

import io.onme.journal.service.EncounterView;

/** {@code GET /people/me/export}: the caller's own encounters (with the notes on them). */
public record DataExportView(String personId, Instant exportedAt, List<EncounterView> encounters) {
}
