package io.onme.gateway.api.model;

import org.eclipse.microprofile.graphql.NonNull;

public record PlaybookEdge(@NonNull String cursor, @NonNull Playbook node) {
}
