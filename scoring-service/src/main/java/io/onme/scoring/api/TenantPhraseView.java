package io.onme.scoring.api;

import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.Language;
import io.onme.scoring.analysis.Stance;
import io.onme.scoring.persistence.TenantPhraseEntity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

public record TenantPhraseView(String id, String phrase, Language language, Stance stance,
                               @Schema(nullable = true) BlameTarget target,
                               String createdBy, Instant createdAt) {

    static TenantPhraseView of(TenantPhraseEntity entity) {
        return new TenantPhraseView(entity.id.toString(), entity.phrase, Language.valueOf(entity.language),
                Stance.valueOf(entity.stance), entity.target == null ? null : BlameTarget.valueOf(entity.target),
                entity.createdBy, entity.createdAt);
    }
}
