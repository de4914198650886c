package io.onme.playbook.persistence;

import io.onme.playbook.domain.ArchetypeKey;
import io.onme.playbook.domain.Language;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The editable content of a playbook, as stored in JSON: a pending draft of the next version, and
 * the snapshot of each published version.
 */
@RegisterForReflection
public record PlaybookContent(
        ArchetypeKey archetype,
        Language language,
        String teamId,
        String title,
        String stance,
        List<StepData> steps,
        List<String> phrasesToUse,
        List<String> phrasesToAvoid,
        List<String> tags) {}
