package io.onme.gateway.api.model;

import org.eclipse.microprofile.graphql.NonNull;

public record TargetShare(@NonNull BlameTarget target, double share, int count) {
}
