package io.onme.gateway.client;

import java.util.List;
import java.util.Map;

import io.onme.gateway.api.model.ArchetypeKey;
import io.onme.gateway.api.model.Language;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** playbook-service's {@code Archetype} JSON. */
@RegisterForReflection
public record ArchetypeData(
        ArchetypeKey key,
        int difficulty,
        Map<Language, String> name,
        Map<Language, List<String>> signals,
        Map<Language, String> ownershipStance) {
}
