package io.onme.gateway.client;

import java.util.List;

import io.onme.gateway.api.model.ArchetypeKey;
import io.onme.gateway.api.model.BlameTarget;
import io.onme.gateway.api.model.Language;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Body of playbook-service's {@code POST /playbooks/suggestions}: one entry per encounter, keyed.
 */
@RegisterForReflection
public record SuggestionsRequest(List<Entry> requests) {

    @RegisterForReflection
    public record Entry(
            String key,
            ArchetypeKey archetype,
            List<BlameTarget> blameTargets,
            Language language,
            String teamId,
            int limit) {
    }
}
