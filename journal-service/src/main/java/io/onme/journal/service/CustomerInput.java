package io.onme.journal.service;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An existing customer by id, or a name that finds or creates one in the caller's tenant. */
public record CustomerInput(
        @Schema(nullable = true) @Size(max = Limits.MAX_ID_LENGTH) String id,
        @Schema(nullable = true) @Size(max = Limits.MAX_NAME_LENGTH) String name) {
}
