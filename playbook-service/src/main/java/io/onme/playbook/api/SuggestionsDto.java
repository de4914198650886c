package io.onme.playbook.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;
import java.util.Map;

/** Answer of POST /playbooks/suggestions: the playbooks for each request key, best first. */
@RegisterForReflection
public record SuggestionsDto(Map<String, List<PlaybookDto>> results) {
}
