package io.onme.gateway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.onme.gateway.api.model.ArchetypeKey;
import io.onme.gateway.api.model.Language;
import io.onme.gateway.client.ArchetypeData;
import io.onme.gateway.client.Credentials;
import io.onme.gateway.client.PlaybookBackend;
import io.onme.gateway.error.UnavailableException;
import io.smallrye.mutiny.Uni;

/** The catalogue held between requests: per tenant, for the ttl, successes only. */
class ArchetypeCatalogueTest {

    static final long TTL = Duration.ofMinutes(5).toNanos();

    final AtomicLong now = new AtomicLong(1_000);
    final List<String> fetches = new ArrayList<>();
    boolean down;

    /**
     * playbook-service's catalogue call, answered here: one Hebrew-named archetype, or unavailable.
     */
    final PlaybookBackend service = new PlaybookBackend() {
        @Override
        public Uni<List<ArchetypeData>> archetypes(Credentials caller) {
            fetches.add(caller.authorization());
            if (down) {
                return Uni.createFrom()
                        .failure(new UnavailableException("playbook-service"));
            }
            return Uni.createFrom()
                    .item(
                            List.of(
                                    new ArchetypeData(
                                            ArchetypeKey.SKEPTICAL,
                                            3,
                                            Map.of(
                                                    Language.HE,
                                                    "ספקן",
                                                    Language.EN,
                                                    "Skeptical"),
                                            Map.of(),
                                            Map.of())));
        }
    };

    Map<ArchetypeKey, ArchetypeData> get(ArchetypeCatalogue catalogue, String tenant) {
        return catalogue.byKey(new Credentials(tenant, "Bearer " + tenant)).await().indefinitely();
    }

    @Test
    void theCatalogueIsFetchedOncePerTenantWithinTheTtl() {
        ArchetypeCatalogue catalogue = new ArchetypeCatalogue(service, TTL, now::get);

        assertEquals(
                "ספקן", get(catalogue, "t1").get(ArchetypeKey.SKEPTICAL).name().get(Language.HE));
        now.addAndGet(TTL - 1);
        get(catalogue, "t1");
        get(catalogue, "t2");

        assertEquals(
                List.of("Bearer t1", "Bearer t2"),
                fetches,
                "each tenant's with its own caller's token");
    }

    @Test
    void theCatalogueIsFetchedAgainAfterTheTtl() {
        ArchetypeCatalogue catalogue = new ArchetypeCatalogue(service, TTL, now::get);
        get(catalogue, "t1");

        now.addAndGet(TTL);
        get(catalogue, "t1");

        assertEquals(2, fetches.size());
    }

    @Test
    void aFailureIsNotKept() {
        ArchetypeCatalogue catalogue = new ArchetypeCatalogue(service, TTL, now::get);
        down = true;
        assertThrows(UnavailableException.class, () -> get(catalogue, "t1"));

        down = false;
        assertEquals(1, get(catalogue, "t1").size());
        get(catalogue, "t1");

        assertEquals(2, fetches.size(), "the failed fetch, then one that is kept");
    }

    @Test
    void aZeroTtlFetchesEveryTime() {
        ArchetypeCatalogue catalogue = new ArchetypeCatalogue(service, 0, now::get);

        get(catalogue, "t1");
        get(catalogue, "t1");

        assertEquals(2, fetches.size());
    }
}
