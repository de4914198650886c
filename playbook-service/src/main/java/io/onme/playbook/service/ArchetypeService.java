package io.onme.playbook.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.onme.playbook.domain.ArchetypeKey;
import io.onme.playbook.persistence.ArchetypeEntity;

/** The nine customer archetypes, the same for every tenant. */
@ApplicationScoped
public class ArchetypeService {

    public List<Archetype> all() {
        return ArchetypeEntity.listInOrder().stream().map(Archetype::of).toList();
    }

    public Optional<Archetype> find(ArchetypeKey key) {
        return Optional.ofNullable(ArchetypeEntity.<ArchetypeEntity> findById(key.name()))
                .map(Archetype::of);
    }
}
