package io.onme.gateway.api.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("PlaybookFilter")
public record PlaybookFilter(
        ArchetypeKey archetype,
        Language language,
        PlaybookStatus status,
        @Id String teamId,
        String search) {
}
