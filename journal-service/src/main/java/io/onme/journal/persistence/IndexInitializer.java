package io.onme.journal.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.bson.conversions.Bson;
import org.jboss.logging.Logger;

import com.mongodb.MongoException;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Creates the indexes at startup. createIndex is idempotent for an identical definition, so every
 * replica may run it; each list filter leads with the tenant and ends with the list's sort key.
 */
@ApplicationScoped
public class IndexInitializer {

    private static final Logger LOG = Logger.getLogger(IndexInitializer.class);

    @Inject
    EncounterRepository encounters;

    @Inject
    CustomerRepository customers;

    @Inject
    ErasureRepository erasures;

    /** Index name → keys; named so that tests and operators can find them. */
    public static Map<String, Bson> encounterIndexes() {
        Bson newestFirst = Indexes.descending(EncounterDocument.OCCURRED_AT, EncounterDocument.ID);
        Map<String, Bson> indexes = new LinkedHashMap<>();
        indexes.put(
                "tenant_occurred",
                Indexes.compoundIndex(Indexes.ascending(EncounterDocument.TENANT), newestFirst));
        for (String field : new String[] {
                EncounterDocument.REP,
                EncounterDocument.TEAM,
                EncounterDocument.CUSTOMER_ID,
                EncounterDocument.OUTCOME,
                EncounterDocument.STANCE,
                EncounterDocument.ARCHETYPE
        }) {
            indexes.put(
                    "tenant_" + field.replace('.', '_') + "_occurred",
                    Indexes.compoundIndex(
                            Indexes.ascending(EncounterDocument.TENANT, field), newestFirst));
        }
        indexes.put("delivery_due", Indexes.ascending(Delivery.DUE_AT));
        indexes.put(
                "tenant_delivery_attempts",
                Indexes.ascending(EncounterDocument.TENANT, Delivery.ATTEMPTS));
        // an erasure removes the notes its person wrote anywhere in the tenant
        indexes.put(
                "tenant_note_author",
                Indexes.ascending(EncounterDocument.TENANT, "notes.authorId"));
        return indexes;
    }

    private volatile boolean ensured;

    void onStart(@Observes StartupEvent event) {
        ensureIndexes();
    }

    /**
     * Retried by the scheduler while MongoDB was unreachable at startup (readiness reports it
     * meanwhile).
     */
    @Scheduled(every = "60s", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryIfNeeded() {
        if (!ensured) {
            ensureIndexes();
        }
    }

    void ensureIndexes() {
        try {
            encounterIndexes()
                    .forEach(
                            (name, keys) -> encounters
                                    .collection()
                                    .createIndex(keys, new IndexOptions().name(name)));
            // one encounter per (tenant, rep, clientRequestId); sparse: encounters without a key
            // are not indexed
            encounters
                    .collection()
                    .createIndex(
                            Indexes.ascending(EncounterDocument.CLIENT_REQUEST_KEY),
                            new IndexOptions()
                                    .name("tenant_rep_client_request")
                                    .unique(true)
                                    .sparse(true));
            // the outbox gauges (oldest wait, parked): sparse, so only encounters with a delivery
            encounters
                    .collection()
                    .createIndex(
                            Indexes.ascending(Delivery.QUEUED_AT_FIELD),
                            new IndexOptions().name("delivery_queued").sparse(true));
            erasures.collection()
                    .createIndex(
                            Indexes.ascending(ErasureDocument.DUE_AT),
                            new IndexOptions().name("erasure_due"));
            erasures.collection()
                    .createIndex(
                            Indexes.compoundIndex(
                                    Indexes.ascending(ErasureDocument.TENANT),
                                    Indexes.descending(ErasureDocument.REQUESTED_AT)),
                            new IndexOptions().name("tenant_erasures_newest"));
            customers
                    .mongoCollection()
                    .createIndex(
                            Indexes.ascending(CustomerDocument.TENANT, CustomerDocument.NAME_KEY),
                            new IndexOptions().name("tenant_name_key").unique(true));
            ensured = true;
            LOG.debug("MongoDB indexes ensured");
        } catch (MongoException e) {
            LOG.warnf("MongoDB indexes not ensured yet (%s); retrying in a minute", e.getMessage());
        }
    }
}
