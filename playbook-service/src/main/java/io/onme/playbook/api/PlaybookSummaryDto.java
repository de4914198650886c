package io.onme.playbook.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.onme.playbook.domain.ArchetypeKey;
import io.onme.playbook.domain.Language;
import io.onme.playbook.domain.PlaybookStatus;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A playbook without its content (stance, steps, phrases): {@link PlaybookDto}'s other fields, for
 * lists that show playbooks by title: the suggestions for a 20-encounter page are ~10 KB this way
 * instead of ~60 KB.
 */
@RegisterForReflection
public record PlaybookSummaryDto(
        String id,
        ArchetypeKey archetype,
        Language language,
        String title,
        @Schema(nullable = true) String teamId,
        List<String> tags,
        int version,
        PlaybookStatus status,
        boolean builtIn,
        long revision,
        @Schema(nullable = true) Integer draftVersion,
        @Schema(nullable = true) String forkedFrom,
        Instant updatedAt) {

    static PlaybookSummaryDto of(PlaybookDto full) {
        return new PlaybookSummaryDto(
                full.id(),
                full.archetype(),
                full.language(),
                full.title(),
                full.teamId(),
                full.tags(),
                full.version(),
                full.status(),
                full.builtIn(),
                full.revision(),
                full.draftVersion(),
                full.forkedFrom(),
                full.updatedAt());
    }
}
