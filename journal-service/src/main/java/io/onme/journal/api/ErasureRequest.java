package io.onme.journal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /erasures}: whom to erase (the id the admin gives) and why. */
public record ErasureRequest(
        @NotBlank @Size(max = ErasureRequest.MAX_PERSON_ID) String personId,
        @NotBlank @Size(max = ErasureRequest.MAX_REASON) String reason) {

    public static final int MAX_PERSON_ID = 128;
    public static final int MAX_REASON = 500;
}
