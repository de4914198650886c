package io.onme.gateway.api.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A span of the text, by UTF-16 offsets as Java and JavaScript count them, and what it shows.")
public record Evidence(
        int start,
        int end,
        @NonNull String text,
        @NonNull Stance stance,
        BlameTarget target,
        @NonNull String rule) {
}
