package io.onme.gateway.api.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A member of the tenant as the gateway knows them (id and display name from tokens and services).
 */
public record Member(
        @Id @NonNull String id, String displayName, @Id @NonNull List<@NonNull String> teamIds) {

    public Member {
        teamIds = teamIds == null ? List.of() : List.copyOf(teamIds);
    }
}
