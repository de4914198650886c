package io.onme.gateway.api.model;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * playbook-service's {@code Playbook} JSON ({@code updatedAt} as text, parsed when a query selects
 * it).
 */
@RegisterForReflection
public record PlaybookData(
        String id,
        ArchetypeKey archetype,
        Language language,
        String title,
        String stance,
        List<PlaybookStep> steps,
        List<String> phrasesToUse,
        List<String> phrasesToAvoid,
        String teamId,
        List<String> tags,
        Integer version,
        PlaybookStatus status,
        Boolean builtIn,
        String updatedAt,
        Long revision) {
}
