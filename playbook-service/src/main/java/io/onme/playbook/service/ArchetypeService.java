package io.onme.playbook.service;

import io.onme.playbook.domain.ArchetypeKey;
import io.onme.playbook.persistence.ArchetypeEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The nine customer archetypes, the same for every tenant. */
@ApplicationScoped
public class ArchetypeService {

    public List<ArchetypeEntity> all() {
        return ArchetypeEntity.listInOrder();
    }

    public Optional<ArchetypeEntity> find(ArchetypeKey key) {
        return Optional.ofNullable(ArchetypeEntity.findById(key.name()));
    }
}
