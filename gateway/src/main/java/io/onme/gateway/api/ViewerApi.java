package io.onme.gateway.api;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.onme.gateway.api.model.Team;
import io.onme.gateway.api.model.Viewer;
import io.onme.gateway.security.Caller;
import io.smallrye.common.annotation.NonBlocking;

/** {@code me}: who the token says the caller is. No service is asked. */
@GraphQLApi
public class ViewerApi {

    @Inject
    Caller caller;

    @Query("me")
    @NonNull
    @NonBlocking
    public Viewer me() {
        return new Viewer(
                caller.id(),
                caller.tenantId(),
                caller.displayName(),
                caller.roles(),
                caller.teams().stream().map(Team::of).toList(),
                caller.language());
    }

    /** Used by {@code team(id)}: a team the caller may see (theirs, or any for an admin). */
    static boolean maySee(Caller caller, String teamId) {
        return caller.has(io.onme.gateway.api.model.Role.ADMIN) || caller.teams().contains(teamId);
    }
}
