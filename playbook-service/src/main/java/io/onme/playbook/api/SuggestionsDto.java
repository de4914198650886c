package io.onme.playbook.api;

import java.util.List;
import java.util.Map;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Answer of POST /playbooks/suggestions: the playbooks for each request key, best first, as {@link
 * PlaybookDto} or, with {@code view=summary}, as {@link PlaybookSummaryDto}.
 */
@RegisterForReflection
public record SuggestionsDto<P>(Map<String, List<P>> results) {
}
