package io.onme.gateway.api.model;

import org.eclipse.microprofile.graphql.NonNull;

public record Reframe(@NonNull String original, @NonNull String suggestion, BlameTarget target) {
}
