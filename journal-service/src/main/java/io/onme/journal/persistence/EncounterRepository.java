package io.onme.journal.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;

import io.onme.journal.domain.DeliveryAction;
import io.onme.journal.domain.ScoreStatus;
import io.onme.support.Caller;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;

/**
 * Encounter queries and the atomic single-document updates the journal and its outbox relay rely
 * on. Every value from a request goes in as a typed BSON value through the driver's builders, never
 * as query text, so operator-looking input stays data.
 */
@ApplicationScoped
public class EncounterRepository
        implements PanacheMongoRepositoryBase<EncounterDocument, ObjectId> {

    public static final Bson NEWEST_FIRST = Sorts.orderBy(
            Sorts.descending(EncounterDocument.OCCURRED_AT),
            Sorts.descending(EncounterDocument.ID));

    private static final String NOTE_AUTHOR = "notes.authorId";

    public MongoCollection<EncounterDocument> collection() {
        return mongoCollection();
    }

    /**
     * What the caller may read: own encounters; a coach's teams; an admin's whole tenant. Never
     * tombstones.
     */
    public static Bson visibleTo(Caller caller) {
        Bson tenant = and(
                eq(EncounterDocument.TENANT, caller.tenantId()),
                ne(EncounterDocument.DELETED, true));
        if (caller.isAdmin()) {
            return tenant;
        }
        Bson own = eq(EncounterDocument.REP, caller.memberId());
        if (caller.isCoach() && !caller.teams().isEmpty()) {
            return and(tenant, or(own, in(EncounterDocument.TEAM, caller.teams())));
        }
        return and(tenant, own);
    }

    /** Only the author may change an encounter. */
    public static Bson ownedBy(Caller caller) {
        return and(
                eq(EncounterDocument.TENANT, caller.tenantId()),
                ne(EncounterDocument.DELETED, true),
                eq(EncounterDocument.REP, caller.memberId()));
    }

    /** The encounter logged with this idempotency key, tombstoned or not. */
    public Optional<EncounterDocument> findByClientRequest(
            String tenantId, String repId, String clientRequestId) {
        return Optional.ofNullable(
                collection()
                        .find(
                                and(
                                        eq(
                                                EncounterDocument.CLIENT_REQUEST_KEY,
                                                EncounterDocument.clientRequestKey(
                                                        tenantId, repId, clientRequestId)),
                                        eq(EncounterDocument.TENANT, tenantId),
                                        eq(EncounterDocument.REP, repId)))
                        .first());
    }

    public Optional<EncounterDocument> findOne(ObjectId id, Bson scope) {
        return Optional.ofNullable(
                collection().find(and(eq(EncounterDocument.ID, id), scope)).first());
    }

    public List<EncounterDocument> findByIds(Collection<ObjectId> ids, Bson scope) {
        return collection().find(and(in(EncounterDocument.ID, ids), scope)).into(new ArrayList<>());
    }

    public List<EncounterDocument> page(Bson filter, EncounterCursor after, int limit) {
        Bson query = filter;
        if (after != null) {
            query = and(
                    filter,
                    or(
                            lt(EncounterDocument.OCCURRED_AT, after.occurredAt()),
                            and(
                                    eq(EncounterDocument.OCCURRED_AT, after.occurredAt()),
                                    lt(EncounterDocument.ID, after.id()))));
        }
        return collection().find(query).sort(NEWEST_FIRST).limit(limit).into(new ArrayList<>());
    }

    public long countMatching(Bson filter) {
        return collection().countDocuments(filter);
    }

    /**
     * Applies an update only if nobody changed the encounter since {@code expectedRevision} was
     * read: the optimistic lock that keeps two quick edits from losing one another.
     */
    public Optional<EncounterDocument> updateIfRevision(
            ObjectId id, Bson scope, long expectedRevision, Bson update) {
        return Optional.ofNullable(
                collection()
                        .findOneAndUpdate(
                                and(
                                        eq(EncounterDocument.ID, id),
                                        scope,
                                        eq(EncounterDocument.REVISION, expectedRevision)),
                                update,
                                new FindOneAndUpdateOptions()
                                        .returnDocument(ReturnDocument.AFTER)));
    }

    public Optional<EncounterDocument> pushNote(
            ObjectId id, Bson scope, EncounterDocument.Note note) {
        return Optional.ofNullable(
                collection()
                        .findOneAndUpdate(
                                and(eq(EncounterDocument.ID, id), scope),
                                Updates.combine(
                                        Updates.push("notes", note),
                                        Updates.set("updatedAt", note.createdAt)),
                                new FindOneAndUpdateOptions()
                                        .returnDocument(ReturnDocument.AFTER)));
    }

    // ---- data rights ----

    /**
     * Deletes a rep's encounters in a tenant outright, except those a relay holds right now (their
     * delivery in flight must settle first; the caller tombstones them instead).
     */
    public long deleteUnleasedOf(String tenantId, String repId, Instant now) {
        return collection()
                .deleteMany(
                        and(
                                eq(EncounterDocument.TENANT, tenantId),
                                eq(EncounterDocument.REP, repId),
                                or(eq(Delivery.LEASE_UNTIL, null), lt(Delivery.LEASE_UNTIL, now))))
                .getDeletedCount();
    }

    /** A rep's encounters in a tenant that are not tombstones yet. */
    public List<EncounterDocument> liveOf(String tenantId, String repId) {
        return collection()
                .find(
                        and(
                                eq(EncounterDocument.TENANT, tenantId),
                                eq(EncounterDocument.REP, repId),
                                ne(EncounterDocument.DELETED, true)))
                .into(new ArrayList<>());
    }

    /** A rep's tombstones whose score DELETE is still to be delivered (not parked). */
    public long countTombstonesOf(String tenantId, String repId) {
        return collection()
                .countDocuments(
                        and(
                                eq(EncounterDocument.TENANT, tenantId),
                                eq(EncounterDocument.REP, repId),
                                eq(EncounterDocument.DELETED, true),
                                ne(Delivery.DUE_AT, null)));
    }

    /** Removes every coaching note the author wrote in the tenant; how many encounters had one. */
    public long pullNotesBy(String tenantId, String authorId) {
        return collection()
                .updateMany(
                        and(eq(EncounterDocument.TENANT, tenantId), eq(NOTE_AUTHOR, authorId)),
                        Updates.pull("notes", new Document("authorId", authorId)))
                .getModifiedCount();
    }

    /** Up to {@code limit} of a tenant's live encounters that occurred before {@code before}. */
    public List<EncounterDocument> occurredBefore(String tenantId, Instant before, int limit) {
        return collection()
                .find(
                        and(
                                eq(EncounterDocument.TENANT, tenantId),
                                ne(EncounterDocument.DELETED, true),
                                lt(EncounterDocument.OCCURRED_AT, before)))
                .sort(Sorts.ascending(EncounterDocument.OCCURRED_AT))
                .limit(limit)
                .into(new ArrayList<>());
    }

    /** Every live encounter the caller logged in their tenant, newest first. */
    public List<EncounterDocument> allOwnedBy(Caller caller) {
        return collection().find(ownedBy(caller)).sort(NEWEST_FIRST).into(new ArrayList<>());
    }

    // ---- outbox ----

    /**
     * Claims one due delivery for {@code owner} with a lease: a single findOneAndUpdate, so two
     * relays (or replicas) can never hold the same delivery at once.
     */
    public EncounterDocument claimDue(String owner, Instant now, Duration lease) {
        Bson due = and(
                lte(Delivery.DUE_AT, now),
                or(eq(Delivery.LEASE_UNTIL, null), lt(Delivery.LEASE_UNTIL, now)));
        Bson claim = Updates.combine(
                Updates.set(Delivery.LEASE_OWNER, owner),
                Updates.set(Delivery.LEASE_UNTIL, now.plus(lease)),
                Updates.set(Delivery.LAST_ATTEMPT_AT, now),
                Updates.inc(Delivery.ATTEMPTS, 1));
        return collection()
                .findOneAndUpdate(
                        due,
                        claim,
                        new FindOneAndUpdateOptions()
                                .sort(Sorts.ascending(Delivery.DUE_AT))
                                .returnDocument(ReturnDocument.AFTER));
    }

    /** Deliveries waiting (due or backing off, not parked): the outbox backlog. */
    public long countQueued() {
        return collection().countDocuments(ne(Delivery.DUE_AT, null));
    }

    /**
     * When the longest-waiting delivery (due or backing off, not parked) was queued; empty when
     * none waits. Walks the sparse {@code delivery_queued} index from its start (only encounters
     * with a delivery are in it), skipping the few parked ones: no scan of the collection.
     */
    public Optional<Instant> oldestQueuedAt() {
        Document oldest = collection()
                .withDocumentClass(Document.class)
                .find(
                        and(
                                gte(Delivery.QUEUED_AT_FIELD, Instant.EPOCH),
                                ne(Delivery.DUE_AT, null)))
                .sort(Sorts.ascending(Delivery.QUEUED_AT_FIELD))
                .projection(Projections.include(Delivery.QUEUED_AT_FIELD))
                .limit(1)
                .first();
        if (oldest == null || !(oldest.get(EncounterDocument.DELIVERY) instanceof Document d)) {
            return Optional.empty();
        }
        return Optional.ofNullable(d.getDate("queuedAt")).map(java.util.Date::toInstant);
    }

    /**
     * Deliveries parked after a permanent refusal (they wait for an admin's retry), through the
     * sparse {@code delivery_queued} index.
     */
    public long countParked() {
        return collection()
                .countDocuments(
                        and(
                                gte(Delivery.QUEUED_AT_FIELD, Instant.EPOCH),
                                eq(Delivery.DUE_AT, null)));
    }

    private static Bson heldBy(ObjectId id, long revision, String owner, DeliveryAction action) {
        return and(
                eq(EncounterDocument.ID, id),
                eq(Delivery.ACTION, action.name()),
                eq(Delivery.REVISION, revision),
                eq(Delivery.LEASE_OWNER, owner));
    }

    /**
     * Records the score and clears the delivery, only while the delivered revision is still the
     * encounter's current one and the lease is still ours; a newer edit keeps its own delivery.
     */
    public boolean completeScore(
            ObjectId id, long revision, String owner, EncounterDocument.ScoreSummary score) {
        UpdateResult result = collection()
                .updateOne(
                        and(
                                heldBy(id, revision, owner, DeliveryAction.SCORE),
                                eq(EncounterDocument.REVISION, revision)),
                        Updates.combine(
                                Updates.set("score", score),
                                Updates.set("scoreStatus", ScoreStatus.SCORED.name()),
                                Updates.unset(EncounterDocument.DELIVERY)));
        return result.getModifiedCount() == 1;
    }

    /**
     * Releases the lease and schedules the next attempt ({@code nextDue} null parks it as FAILED).
     */
    public boolean failDelivery(
            ObjectId id,
            long revision,
            String owner,
            DeliveryAction action,
            String error,
            Instant nextDue) {
        List<Bson> updates = new ArrayList<>(
                List.of(
                        Updates.set(Delivery.LAST_ERROR, error),
                        Updates.set(Delivery.DUE_AT, nextDue),
                        Updates.set(Delivery.LEASE_OWNER, null),
                        Updates.set(Delivery.LEASE_UNTIL, null)));
        if (nextDue == null && action == DeliveryAction.SCORE) {
            updates.add(Updates.set("scoreStatus", ScoreStatus.FAILED.name()));
        }
        return collection()
                .updateOne(heldBy(id, revision, owner, action), Updates.combine(updates))
                .getModifiedCount() == 1;
    }

    /**
     * Frees our lease when our attempt could not settle because a newer revision was queued
     * meanwhile, so that revision is claimed at once instead of after the lease expires.
     */
    public void releaseLease(ObjectId id, String owner) {
        collection()
                .updateOne(
                        and(eq(EncounterDocument.ID, id), eq(Delivery.LEASE_OWNER, owner)),
                        Updates.combine(
                                Updates.set(Delivery.LEASE_OWNER, null),
                                Updates.set(Delivery.LEASE_UNTIL, null)));
    }

    /** The score fact is gone from scoring: drop the tombstone for good. */
    public boolean completeDelete(ObjectId id, long revision, String owner) {
        return collection()
                .deleteOne(
                        and(
                                heldBy(id, revision, owner, DeliveryAction.DELETE),
                                eq(EncounterDocument.DELETED, true)))
                .getDeletedCount() == 1;
    }

    /** Deliveries of a tenant, stuck ones only if asked: many attempts, parked, or overdue. */
    public List<EncounterDocument> deliveries(
            String tenantId,
            boolean stuckOnly,
            int stuckAttempts,
            Instant overdueBefore,
            int limit) {
        Bson filter = and(eq(EncounterDocument.TENANT, tenantId), ne(EncounterDocument.DELIVERY, null));
        if (stuckOnly) {
            filter = and(
                    filter,
                    or(
                            gte(Delivery.ATTEMPTS, stuckAttempts),
                            eq(Delivery.DUE_AT, null),
                            lt(Delivery.DUE_AT, overdueBefore)));
        }
        return collection()
                .find(filter)
                .sort(Sorts.ascending(Delivery.QUEUED_AT_FIELD))
                .limit(limit)
                .into(new ArrayList<>());
    }

    /**
     * Makes a delivery due now (admin retry); a parked SCORE goes back to PENDING. Empty when there
     * is no delivery or a relay holds it right now (an in-flight attempt is never doubled).
     */
    public Optional<EncounterDocument> retryNow(ObjectId id, String tenantId, Instant now) {
        Bson filter = and(
                eq(EncounterDocument.ID, id),
                eq(EncounterDocument.TENANT, tenantId),
                ne(EncounterDocument.DELIVERY, null));
        EncounterDocument found = collection().find(filter).first();
        if (found == null) {
            return Optional.empty();
        }
        List<Bson> updates = new ArrayList<>(
                List.of(
                        Updates.set(Delivery.DUE_AT, now),
                        Updates.set(Delivery.LEASE_OWNER, null),
                        Updates.set(Delivery.LEASE_UNTIL, null)));
        if (found.delivery.action == DeliveryAction.SCORE) {
            updates.add(Updates.set("scoreStatus", ScoreStatus.PENDING.name()));
        }
        return Optional.ofNullable(
                collection()
                        .findOneAndUpdate(
                                and(
                                        filter,
                                        eq(Delivery.REVISION, found.delivery.revision),
                                        or(
                                                eq(Delivery.LEASE_UNTIL, null),
                                                lt(Delivery.LEASE_UNTIL, now))),
                                Updates.combine(updates),
                                new FindOneAndUpdateOptions()
                                        .returnDocument(ReturnDocument.AFTER)));
    }
}
