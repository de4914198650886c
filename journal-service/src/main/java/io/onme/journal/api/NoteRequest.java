package io.onme.journal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.onme.journal.service.Limits;

/** A coaching note. */
public record NoteRequest(@NotBlank @Size(max = Limits.MAX_NOTE) String text) {
}
