package io.onme.gateway.client;

import java.util.List;

import io.onme.gateway.api.model.ArchetypeKey;
import io.onme.gateway.api.model.Language;
import io.onme.gateway.api.model.PlaybookStatus;
import io.onme.gateway.api.model.PlaybookStep;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** playbook-service's {@code Playbook} JSON ({@code updatedAt} as text, parsed when a query selects it). */
@RegisterForReflection
public record PlaybookData(String id, ArchetypeKey archetype, Language language, String title, String stance,
        List<PlaybookStep> steps, List<String> phrasesToUse, List<String> phrasesToAvoid, String teamId,
        List<String> tags, Integer version, PlaybookStatus status, Boolean builtIn, String updatedAt,
        Long revision) {
}
