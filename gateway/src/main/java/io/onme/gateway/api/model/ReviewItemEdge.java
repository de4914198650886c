package io.onme.gateway.api.model;

import org.eclipse.microprofile.graphql.NonNull;

public record ReviewItemEdge(@NonNull String cursor, @NonNull ReviewItem node) {
}
