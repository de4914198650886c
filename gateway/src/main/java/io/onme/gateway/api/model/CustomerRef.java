package io.onme.gateway.api.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

public record CustomerRef(@Id @NonNull String id, @NonNull String name) {
}
