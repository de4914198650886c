package io.onme.scoring.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.Language;
import io.onme.scoring.analysis.Stance;
import io.onme.scoring.domain.TenantPhraseEntry;

public record TenantPhraseView(
        String id,
        String phrase,
        Language language,
        Stance stance,
        @Schema(nullable = true) BlameTarget target,
        String createdBy,
        Instant createdAt) {

    static TenantPhraseView of(TenantPhraseEntry entry) {
        return new TenantPhraseView(
                entry.id().toString(),
                entry.phrase().phrase(),
                entry.phrase().language(),
                entry.phrase().stance(),
                entry.phrase().target(),
                entry.createdBy(),
                entry.createdAt());
    }
}
