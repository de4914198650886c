package io.onme.gateway.api.model;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;

public record ArchetypeRange(
        @NonNull List<@NonNull ArchetypeKey> archetypesWon,
        double coverage,
        double evenness,
        @NonNull List<@NonNull ArchetypeWins> winsByArchetype) {

    public ArchetypeRange {
        archetypesWon = archetypesWon == null ? List.of() : archetypesWon;
        winsByArchetype = winsByArchetype == null ? List.of() : winsByArchetype;
    }
}
