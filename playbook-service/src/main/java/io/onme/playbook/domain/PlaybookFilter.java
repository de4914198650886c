package io.onme.playbook.domain;

/** Filters of a playbook listing; null means "any" (status defaults to PUBLISHED upstream). */
public record PlaybookFilter(
        ArchetypeKey archetype,
        Language language,
        PlaybookStatus status,
        String teamId,
        SearchQuery search) {
}
