package io.onme.journal.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.types.ObjectId;

import io.onme.journal.domain.ErasureState;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * A person's erasure: the audit record (who asked, when, why; the person only by the id the admin
 * gave) and its outbox, one step per other service, each with its own delivery state. The relay
 * leases the whole document ({@link #dueAt}: the earliest due pending step) and writes the steps
 * back under its lease.
 */
@MongoEntity(collection = "erasures")
public class ErasureDocument {

    public static final String ID = "_id";
    public static final String TENANT = "tenantId";
    public static final String REQUESTED_AT = "requestedAt";
    public static final String DUE_AT = "dueAt";
    public static final String LEASE_OWNER = "leaseOwner";
    public static final String LEASE_UNTIL = "leaseUntil";

    public ObjectId id;
    public String tenantId;
    public String personId;
    public String reason;
    public String requestedBy;
    public Instant requestedAt;
    public ErasureState state;
    public Instant completedAt;
    public List<Step> steps = new ArrayList<>();

    /** The next time a relay should look at it; null once every step is done. */
    public Instant dueAt;

    public String leaseOwner;
    public Instant leaseUntil;

    /** One service's part of the erasure. */
    public static class Step {
        public String service;
        public ErasureState state;
        public int attempts;
        public String lastError;
        public Instant lastAttemptAt;
        public Instant dueAt;
        public Instant completedAt;

        public Step() {
        }

        public Step(String service, Instant dueAt) {
            this.service = service;
            this.state = ErasureState.PENDING;
            this.dueAt = dueAt;
        }
    }
}
