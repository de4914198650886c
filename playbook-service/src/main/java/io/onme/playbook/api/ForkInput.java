package io.onme.playbook.api;

import jakarta.validation.constraints.Size;

/** Where a fork goes: a team the caller manages, or the tenant library (null; admins only). */
public record ForkInput(@Size(min = 1, max = PlaybookInput.Limits.ID) String teamId) {
}
