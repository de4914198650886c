package io.onme.gateway.api.model;

import org.eclipse.microprofile.graphql.NonNull;

@org.eclipse.microprofile.graphql.Input("PlaybookStepInput")
public record PlaybookStepInput(@NonNull String title, String detail) {
}
