package io.onme.gateway.api.model;

import org.eclipse.microprofile.graphql.NonNull;

public record PlaybookStep(int position, @NonNull String title, String detail) {
}
