package io.onme.journal.persistence;

import java.time.Instant;

import org.bson.conversions.Bson;

import com.mongodb.client.model.Updates;

import io.onme.journal.domain.DeliveryAction;

/** The outbox entry embedded in an encounter document. */
public class Delivery {

    public static final String ACTION = "delivery.action";
    public static final String REVISION = "delivery.revision";
    public static final String DUE_AT = "delivery.dueAt";
    public static final String ATTEMPTS = "delivery.attempts";
    public static final String LEASE_OWNER = "delivery.leaseOwner";
    public static final String LEASE_UNTIL = "delivery.leaseUntil";
    public static final String LAST_ERROR = "delivery.lastError";
    public static final String LAST_ATTEMPT_AT = "delivery.lastAttemptAt";

    public DeliveryAction action;

    /** The encounter revision to deliver. */
    public long revision;

    /** When the next attempt is due; null when parked after a permanent failure. */
    public Instant dueAt;

    public int attempts;
    public String leaseOwner;
    public Instant leaseUntil;
    public String lastError;
    public Instant lastAttemptAt;
    public Instant queuedAt;

    public static final String QUEUED_AT_FIELD = "delivery.queuedAt";

    /**
     * Queues a new delivery over whatever was queued before, as $set of its fields. The lease
     * fields are left alone on purpose: if a relay is delivering an older revision right now, the
     * new one waits for that attempt to settle, so scoring sees the revisions of one encounter (and
     * a final DELETE) in order.
     */
    public static Bson queue(DeliveryAction action, long revision, Instant now) {
        return Updates.combine(
                Updates.set(ACTION, action.name()),
                Updates.set(REVISION, revision),
                Updates.set(DUE_AT, now),
                Updates.set(QUEUED_AT_FIELD, now),
                Updates.set(ATTEMPTS, 0),
                Updates.set(LAST_ERROR, null));
    }

    public static Delivery due(DeliveryAction action, long revision, Instant now) {
        Delivery delivery = new Delivery();
        delivery.action = action;
        delivery.revision = revision;
        delivery.dueAt = now;
        delivery.queuedAt = now;
        return delivery;
    }
}
