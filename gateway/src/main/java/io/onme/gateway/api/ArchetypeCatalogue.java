package io.onme.gateway.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.onme.gateway.api.model.ArchetypeKey;
import io.onme.gateway.client.ArchetypeData;
import io.onme.gateway.client.Credentials;
import io.onme.gateway.client.PlaybookBackend;
import io.onme.gateway.config.GatewayConfig;
import io.smallrye.mutiny.Uni;

/**
 * playbook-service's archetype catalogue, kept per tenant for {@code
 * onme.gateway.archetypes.cache-ttl}: it is static reference data (the built-in archetypes and
 * their texts), yet every request showing an archetype fetched and parsed it again. Per tenant,
 * because the contract does not promise the same catalogue to every tenant; only a successful
 * answer is kept (a failure is retried by the next request); a ttl of 0 fetches it every time.
 */
@ApplicationScoped
public class ArchetypeCatalogue {

    /**
     * Tenants remembered at once; the map is cleared when more come (a bound, not an expected
     * size).
     */
    static final int MAX_TENANTS = 1000;

    private final PlaybookBackend playbooks;
    private final long ttlNanos;
    private final LongSupplier clock;
    private final Map<String, Fetched> byTenant = new ConcurrentHashMap<>();

    private record Fetched(Map<ArchetypeKey, ArchetypeData> catalogue, long atNanos) {
    }

    @Inject
    ArchetypeCatalogue(PlaybookBackend playbooks, GatewayConfig config) {
        this(playbooks, config.archetypes().cacheTtl().toNanos(), System::nanoTime);
    }

    ArchetypeCatalogue(PlaybookBackend playbooks, long ttlNanos, LongSupplier clock) {
        this.playbooks = playbooks;
        this.ttlNanos = ttlNanos;
        this.clock = clock;
    }

    /**
     * The caller's tenant's catalogue by key, fetched with the caller's token when not held (or
     * held too long).
     */
    public Uni<Map<ArchetypeKey, ArchetypeData>> byKey(Credentials caller) {
        String tenant = caller.tenant();
        if (ttlNanos > 0) {
            Fetched held = byTenant.get(tenant);
            if (held != null && clock.getAsLong() - held.atNanos() < ttlNanos) {
                return Uni.createFrom().item(held.catalogue());
            }
        }
        return playbooks
                .archetypes(caller)
                .map(ArchetypeCatalogue::index)
                .invoke(
                        catalogue -> {
                            if (ttlNanos > 0) {
                                if (byTenant.size() >= MAX_TENANTS) {
                                    byTenant.clear();
                                }
                                byTenant.put(tenant, new Fetched(catalogue, clock.getAsLong()));
                            }
                        });
    }

    private static Map<ArchetypeKey, ArchetypeData> index(List<ArchetypeData> list) {
        Map<ArchetypeKey, ArchetypeData> byKey = new HashMap<>();
        list.forEach(archetype -> byKey.put(archetype.key(), archetype));
        return Map.copyOf(byKey);
    }
}
