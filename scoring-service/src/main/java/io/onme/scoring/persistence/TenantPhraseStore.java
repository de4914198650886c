package io.onme.scoring.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.Language;
import io.onme.scoring.analysis.Stance;
import io.onme.scoring.analysis.TenantPhrase;
import io.quarkus.panache.common.Sort;

/**
 * Tenant phrases in PostgreSQL with a per-tenant cache for the analyser. A change invalidates this
 * replica's entry at once; other replicas pick it up within the cache's time to live, so no replica
 * holds state another one needs.
 */
@ApplicationScoped
public class TenantPhraseStore {

    private record Cached(List<TenantPhrase> phrases, Instant loadedAt) {
    }

    /** Fired inside the changing transaction; the cache entry goes once it has completed. */
    public record PhrasesChanged(String tenantId) {
    }

    private final ConcurrentMap<String, Cached> cache = new ConcurrentHashMap<>();

    @Inject
    Event<PhrasesChanged> changes;

    @ConfigProperty(name = "onme.scoring.phrase-cache-ttl", defaultValue = "PT30S")
    Duration timeToLive;

    /** The tenant's phrases as the analyser takes them. */
    @Transactional
    public List<TenantPhrase> forTenant(String tenantId) {
        Instant now = Instant.now();
        Cached cached = cache.get(tenantId);
        if (cached == null || cached.loadedAt().plus(timeToLive).isBefore(now)) {
            cached = new Cached(load(tenantId), now);
            cache.put(tenantId, cached);
        }
        return cached.phrases();
    }

    private List<TenantPhrase> load(String tenantId) {
        return TenantPhraseEntity.<TenantPhraseEntity> list(
                "tenantId", Sort.by("createdAt").and("id"), tenantId)
                .stream()
                .map(
                        p -> new TenantPhrase(
                                p.phrase,
                                Language.valueOf(p.language),
                                Stance.valueOf(p.stance),
                                p.target == null ? null : BlameTarget.valueOf(p.target)))
                .toList();
    }

    @Transactional
    public List<TenantPhraseEntity> list(String tenantId) {
        return TenantPhraseEntity.list("tenantId", Sort.by("createdAt").and("id"), tenantId);
    }

    /**
     * @return empty when the tenant already has this phrase in this language (any case)
     */
    @Transactional
    public Optional<TenantPhraseEntity> add(
            String tenantId, String createdBy, TenantPhrase phrase) {
        long same = TenantPhraseEntity.count(
                "tenantId = ?1 and language = ?2 and lower(phrase) = lower(?3)",
                tenantId,
                phrase.language().name(),
                phrase.phrase());
        if (same > 0) {
            return Optional.empty();
        }
        TenantPhraseEntity entity = new TenantPhraseEntity();
        entity.id = UUID.randomUUID();
        entity.tenantId = tenantId;
        entity.phrase = phrase.phrase();
        entity.language = phrase.language().name();
        entity.stance = phrase.stance().name();
        entity.target = phrase.target() == null ? null : phrase.target().name();
        entity.createdBy = createdBy;
        entity.createdAt = Instant.now();
        entity.persist();
        changes.fire(new PhrasesChanged(tenantId));
        return Optional.of(entity);
    }

    /**
     * @return whether the tenant had this phrase
     */
    @Transactional
    public boolean delete(String tenantId, UUID id) {
        boolean deleted = TenantPhraseEntity.delete("tenantId = ?1 and id = ?2", tenantId, id) > 0;
        changes.fire(new PhrasesChanged(tenantId));
        return deleted;
    }

    /** After commit (or rollback): a reader can no longer cache the state before the change. */
    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) PhrasesChanged change) {
        cache.remove(change.tenantId());
    }
}
