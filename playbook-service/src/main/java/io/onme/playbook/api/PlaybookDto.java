package io.onme.playbook.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.onme.playbook.domain.ArchetypeKey;
import io.onme.playbook.domain.Language;
import io.onme.playbook.domain.PlaybookStatus;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A playbook on the wire. {@code version} is the number of the version shown; {@code revision} is
 * the optimistic-lock counter to send back as {@code expectedRevision}; {@code draftVersion} is the
 * number of a pending draft (shown only to those who may edit it, else null).
 */
@RegisterForReflection
public record PlaybookDto(
        String id,
        ArchetypeKey archetype,
        Language language,
        String title,
        String stance,
        List<StepDto> steps,
        List<String> phrasesToUse,
        List<String> phrasesToAvoid,
        @Schema(nullable = true) String teamId,
        List<String> tags,
        int version,
        PlaybookStatus status,
        boolean builtIn,
        long revision,
        @Schema(nullable = true) Integer draftVersion,
        @Schema(nullable = true) String forkedFrom,
        Instant updatedAt) {

    @RegisterForReflection
    public record StepDto(int position, String title, @Schema(nullable = true) String detail) {
    }
}
