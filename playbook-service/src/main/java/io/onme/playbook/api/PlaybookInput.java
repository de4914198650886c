package io.onme.playbook.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.onme.playbook.domain.ArchetypeKey;
import io.onme.playbook.domain.Language;

/**
 * The body of POST /playbooks and PUT /playbooks/{id} (GraphQL PlaybookInput), plus, on PUT, the
 * {@code revision} the client last read: a stale one is refused with 409.
 */
public record PlaybookInput(
        @NotNull ArchetypeKey archetype,
        @NotNull Language language,
        @NotBlank @Size(max = Limits.TITLE) String title,
        @NotBlank @Size(max = Limits.STANCE) String stance,
        @NotNull @Size(min = 1, max = Limits.STEPS) List<@NotNull @Valid StepInput> steps,
        @Schema(nullable = true) @Size(max = Limits.PHRASES) List<@NotBlank @Size(max = Limits.PHRASE) String> phrasesToUse,
        @Schema(nullable = true) @Size(max = Limits.PHRASES) List<@NotBlank @Size(max = Limits.PHRASE) String> phrasesToAvoid,
        @Schema(nullable = true) @Size(min = 1, max = Limits.ID) String teamId,
        @Schema(nullable = true) @Size(max = Limits.TAGS) List<@NotBlank @Size(max = Limits.TAG) String> tags,
        @Schema(nullable = true) Long expectedRevision) {

    public record StepInput(
            @NotBlank @Size(max = Limits.STEP_TITLE) String title,
            @Schema(nullable = true) @Size(max = Limits.STEP_DETAIL) String detail) {
    }

    /** Bounds of what a playbook may hold. */
    public static final class Limits {
        public static final int TITLE = 200;
        public static final int STANCE = 1000;
        public static final int STEPS = 30;
        public static final int STEP_TITLE = 200;
        public static final int STEP_DETAIL = 2000;
        public static final int PHRASES = 30;
        public static final int PHRASE = 300;
        public static final int TAGS = 20;
        public static final int TAG = 50;
        public static final int ID = 128;

        private Limits() {
        }
    }
}
