package io.onme.gateway.api.model;

import org.eclipse.microprofile.graphql.NonNull;

public record ArchetypeWins(@NonNull ArchetypeKey archetype, int wins, int encounters) {
}
