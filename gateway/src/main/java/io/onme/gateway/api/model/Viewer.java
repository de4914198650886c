package io.onme.gateway.api.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** The caller, as the verified token describes them. */
public record Viewer(
        @Id @NonNull String id,
        @Id @NonNull String tenantId,
        String displayName,
        @NonNull List<@NonNull Role> roles,
        @NonNull List<@NonNull Team> teams,
        Language language) {
}
