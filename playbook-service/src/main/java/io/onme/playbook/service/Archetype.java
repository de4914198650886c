package io.onme.playbook.service;

import java.util.List;

import io.onme.playbook.persistence.ArchetypeEntity;

/** One customer archetype of the catalogue, with its Hebrew and English texts. */
public record Archetype(
        String key,
        int difficulty,
        String nameHe,
        String nameEn,
        List<String> signalsHe,
        List<String> signalsEn,
        String stanceHe,
        String stanceEn) {

    static Archetype of(ArchetypeEntity a) {
        return new Archetype(
                a.key,
                a.difficulty,
                a.nameHe,
                a.nameEn,
                a.signalsHe,
                a.signalsEn,
                a.stanceHe,
                a.stanceEn);
    }
}
