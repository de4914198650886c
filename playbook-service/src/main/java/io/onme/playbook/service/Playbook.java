package io.onme.playbook.service;

import java.time.Instant;
import java.util.List;

import io.onme.playbook.domain.ArchetypeKey;
import io.onme.playbook.domain.Language;
import io.onme.playbook.domain.PlaybookContent;
import io.onme.playbook.domain.PlaybookStatus;
import io.onme.playbook.domain.StepData;
import io.onme.playbook.persistence.PlaybookEntity;

/**
 * A playbook as the services answer it: what readers see (the published content, or the first draft
 * before any publish), a pending {@code draft} of the next version, and who owns it. A snapshot of
 * the stored row; the entity itself never leaves the service layer.
 */
public record Playbook(
        String id,
        String tenantId,
        String teamId,
        ArchetypeKey archetype,
        Language language,
        String title,
        String stance,
        List<StepData> steps,
        List<String> phrasesToUse,
        List<String> phrasesToAvoid,
        List<String> tags,
        PlaybookStatus status,
        int version,
        PlaybookContent draft,
        boolean builtIn,
        String forkedFrom,
        long revision,
        Instant updatedAt) {

    static Playbook of(PlaybookEntity p) {
        return new Playbook(
                p.id,
                p.tenantId,
                p.teamId,
                p.archetype,
                p.language,
                p.title,
                p.stance,
                p.steps,
                p.phrasesToUse,
                p.phrasesToAvoid,
                p.tags,
                p.status,
                p.version,
                p.draft,
                p.builtIn,
                p.forkedFrom,
                p.revision,
                p.updatedAt);
    }

    static List<Playbook> of(List<PlaybookEntity> playbooks) {
        return playbooks.stream().map(Playbook::of).toList();
    }
}
