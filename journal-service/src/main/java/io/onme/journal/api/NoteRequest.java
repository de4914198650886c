package io.onme.journal.api;

import io.onme.journal.service.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A coaching note. */
public record NoteRequest(@NotBlank @Size(max = Limits.MAX_NOTE) String text) {}
