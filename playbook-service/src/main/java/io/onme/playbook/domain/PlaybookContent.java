package io.onme.playbook.domain;

import java.util.List;

/**
 * The editable content of a playbook: what an editor writes, a pending draft of the next version,
 * and the snapshot of each published version (stored as JSON, see the persistence package).
 */
public record PlaybookContent(
        ArchetypeKey archetype,
        Language language,
        String teamId,
        String title,
        String stance,
        List<StepData> steps,
        List<String> phrasesToUse,
        List<String> phrasesToAvoid,
        List<String> tags) {
}
