package io.onme.playbook.api;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a fork goes: a team the caller manages, or the tenant library (null; admins only). */
public record ForkInput(
        @Schema(nullable = true) @Size(min = 1, max = PlaybookInput.Limits.ID) String teamId) {
}
