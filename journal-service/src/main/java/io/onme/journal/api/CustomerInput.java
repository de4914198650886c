package io.onme.journal.api;

import jakarta.validation.constraints.Size;

/** An existing customer by id, or a name that finds or creates one in the caller's tenant. */
public record CustomerInput(@Size(max = Limits.MAX_ID_LENGTH) String id, @Size(max = Limits.MAX_NAME_LENGTH) String name) {
}
