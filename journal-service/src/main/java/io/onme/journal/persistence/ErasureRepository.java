package io.onme.journal.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.types.ObjectId;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import io.onme.journal.domain.ErasureState;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;

/** Erasure records and their outbox: the same claim-with-a-lease as the encounter outbox. */
@ApplicationScoped
public class ErasureRepository implements PanacheMongoRepositoryBase<ErasureDocument, ObjectId> {

    public MongoCollection<ErasureDocument> collection() {
        return mongoCollection();
    }

    public Optional<ErasureDocument> findInTenant(ObjectId id, String tenantId) {
        return Optional.ofNullable(
                collection()
                        .find(and(eq(ErasureDocument.ID, id), eq(ErasureDocument.TENANT, tenantId)))
                        .first());
    }

    /** The tenant's erasures, newest first. */
    public List<ErasureDocument> newestFirst(String tenantId, int limit) {
        return collection()
                .find(eq(ErasureDocument.TENANT, tenantId))
                .sort(
                        Sorts.orderBy(
                                Sorts.descending(ErasureDocument.REQUESTED_AT),
                                Sorts.descending(ErasureDocument.ID)))
                .limit(limit)
                .into(new ArrayList<>());
    }

    /**
     * Claims one erasure with a due step for {@code owner}: a single findOneAndUpdate, so two
     * relays never hold the same erasure at once.
     */
    public ErasureDocument claimDue(String owner, Instant now, Duration lease) {
        return collection()
                .findOneAndUpdate(
                        and(
                                lte(ErasureDocument.DUE_AT, now),
                                or(
                                        eq(ErasureDocument.LEASE_UNTIL, null),
                                        lt(ErasureDocument.LEASE_UNTIL, now))),
                        Updates.combine(
                                Updates.set(ErasureDocument.LEASE_OWNER, owner),
                                Updates.set(ErasureDocument.LEASE_UNTIL, now.plus(lease))),
                        new FindOneAndUpdateOptions()
                                .sort(Sorts.ascending(ErasureDocument.DUE_AT))
                                .returnDocument(ReturnDocument.AFTER));
    }

    /**
     * Writes the steps back and frees the lease, only while the lease is still ours (an expired
     * lease taken over by another relay wins; its own attempt settles the steps).
     */
    public boolean settle(ErasureDocument erasure, String owner) {
        return collection()
                .updateOne(
                        and(
                                eq(ErasureDocument.ID, erasure.id),
                                eq(ErasureDocument.LEASE_OWNER, owner)),
                        Updates.combine(
                                Updates.set("steps", erasure.steps),
                                Updates.set("state", erasure.state.name()),
                                Updates.set("completedAt", erasure.completedAt),
                                Updates.set(ErasureDocument.DUE_AT, erasure.dueAt),
                                Updates.set(ErasureDocument.LEASE_OWNER, null),
                                Updates.set(ErasureDocument.LEASE_UNTIL, null)))
                .getModifiedCount() == 1;
    }

    /** Erasures with steps still to deliver, across tenants. */
    public long countPending() {
        return collection().countDocuments(eq("state", ErasureState.PENDING.name()));
    }
}
