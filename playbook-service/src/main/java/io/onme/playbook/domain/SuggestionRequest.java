package io.onme.playbook.domain;

import java.util.List;

/** One encounter's request for playbook suggestions. */
public record SuggestionRequest(
        String key,
        ArchetypeKey archetype,
        List<BlameTarget> blameTargets,
        Language language,
        String teamId,
        int limit) {
}
