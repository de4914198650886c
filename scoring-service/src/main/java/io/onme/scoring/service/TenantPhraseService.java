package io.onme.scoring.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.Language;
import io.onme.scoring.analysis.Stance;
import io.onme.scoring.analysis.TenantPhrase;
import io.onme.scoring.domain.TenantPhraseEntry;
import io.onme.scoring.persistence.TenantPhraseEntity;
import io.onme.scoring.persistence.TenantPhraseStore;

/** A tenant's additions to the analyser's lexicon: listed, added (once per language), deleted. */
@ApplicationScoped
public class TenantPhraseService {

    private final TenantPhraseStore store;

    TenantPhraseService(TenantPhraseStore store) {
        this.store = store;
    }

    public List<TenantPhraseEntry> list(String tenantId) {
        return store.list(tenantId).stream().map(TenantPhraseService::entry).toList();
    }

    /**
     * @return empty when the tenant already has this phrase in this language (any case)
     */
    public Optional<TenantPhraseEntry> add(String tenantId, String createdBy, TenantPhrase phrase) {
        return store.add(tenantId, createdBy, phrase).map(TenantPhraseService::entry);
    }

    /**
     * @return whether the tenant had this phrase
     */
    public boolean delete(String tenantId, UUID id) {
        return store.delete(tenantId, id);
    }

    private static TenantPhraseEntry entry(TenantPhraseEntity entity) {
        return new TenantPhraseEntry(
                entity.id,
                new TenantPhrase(
                        entity.phrase,
                        Language.valueOf(entity.language),
                        Stance.valueOf(entity.stance),
                        entity.target == null ? null : BlameTarget.valueOf(entity.target)),
                entity.createdBy,
                entity.createdAt);
    }
}
