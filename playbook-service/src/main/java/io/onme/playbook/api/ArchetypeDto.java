package io.onme.playbook.api;

import java.util.List;
import java.util.Map;

import io.onme.playbook.domain.Language;

/** A customer archetype with its texts in every language, keyed HE / EN. */
public record ArchetypeDto(
        String key,
        int difficulty,
        Map<Language, String> name,
        Map<Language, List<String>> signals,
        Map<Language, String> ownershipStance) {
}
