package io.onme.gateway.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.onme.gateway.api.model.ArchetypeKey;
import io.onme.gateway.api.model.Language;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Body of playbook-service's {@code POST /playbooks} and {@code PUT /playbooks/{id}}. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlaybookRequest(
        ArchetypeKey archetype,
        Language language,
        String title,
        String stance,
        List<Step> steps,
        List<String> phrasesToUse,
        List<String> phrasesToAvoid,
        String teamId,
        List<String> tags,
        Long expectedRevision) {

    @RegisterForReflection
    public record Step(String title, String detail) {
    }
}
