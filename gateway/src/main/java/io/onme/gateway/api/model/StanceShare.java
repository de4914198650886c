package io.onme.gateway.api.model;

import org.eclipse.microprofile.graphql.NonNull;

public record StanceShare(@NonNull Stance stance, double share, int count) {
}
