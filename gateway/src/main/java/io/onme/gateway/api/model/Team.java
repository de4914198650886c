package io.onme.gateway.api.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A team, known by id from the tokens; members and indicators are resolved from scoring-service.
 */
public record Team(@Id @NonNull String id, @NonNull String name) {

    /** No service keeps team names yet: the name is the id. */
    public static Team of(String id) {
        return new Team(id, id);
    }
}
