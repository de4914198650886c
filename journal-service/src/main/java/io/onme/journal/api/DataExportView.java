package io.onme.journal.api;

import io.onme.journal.service.EncounterView;
import java.time.Instant;
import java.util.List;

/** {@code GET /people/me/export}: the caller's own encounters (with the notes on them). */
public record DataExportView(String personId, Instant exportedAt, List<EncounterView> encounters) {}
