package io.onme.journal.service;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.ne;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Updates;

import io.micrometer.core.instrument.MeterRegistry;
import io.onme.journal.delivery.DeliveryRelay;
import io.onme.journal.domain.DeliveryAction;
import io.onme.journal.domain.EncounterRules;
import io.onme.journal.domain.LanguageDetector;
import io.onme.journal.domain.ScoreStatus;
import io.onme.journal.persistence.CustomerDocument;
import io.onme.journal.persistence.CustomerRepository;
import io.onme.journal.persistence.Delivery;
import io.onme.journal.persistence.EncounterCursor;
import io.onme.journal.persistence.EncounterDocument;
import io.onme.journal.persistence.EncounterRepository;
import io.onme.support.Caller;
import io.onme.support.Problem;
import io.onme.support.ProblemException;

/**
 * The journal's use cases: who may do what to which encounter, and what each write queues for
 * scoring.
 */
@ApplicationScoped
public class EncounterService {

    private static final int MAX_EDIT_RETRIES = 5;

    @Inject
    EncounterRepository encounters;

    @Inject
    CustomerRepository customers;

    @Inject
    MeterRegistry metrics;

    @Inject
    DeliveryRelay relay;

    Clock clock = Clock.systemUTC();

    /** One page of encounters and what the client needs to ask for the next. */
    public record Page(List<EncounterView> items, String nextCursor, long totalCount) {
    }

    /**
     * What {@link #log} did: created the encounter, or found the one an earlier request with the
     * same key created.
     */
    public record Logged(EncounterView encounter, boolean created) {
    }

    public Logged log(Caller caller, LogEncounterRequest input) {
        if (!caller.isMember()) {
            throw ProblemException.forbidden(
                    "only members of a team (rep, coach, admin) log encounters");
        }
        String clientRequestId = input.clientRequestId() == null
                ? null
                : input.clientRequestId().toLowerCase(Locale.ROOT);
        if (clientRequestId != null) {
            Optional<EncounterDocument> earlier = earlier(caller, clientRequestId);
            if (earlier.isPresent()) {
                return new Logged(EncounterMapper.toView(earlier.get()), false);
            }
        }
        // the encounter rules hold: LogEncounterRequest's constraints (EncounterRulesHold) were
        // validated
        // with its fields, so every violation is reported in one answer
        Instant now = now();
        Instant occurredAt = millis(input.occurredAt());
        Instant followUpAt = millis(input.followUpAt());
        CustomerInput customer = input.customer();
        String teamId = teamOf(caller, input.teamId());

        EncounterDocument doc = new EncounterDocument();
        doc.id = new ObjectId();
        doc.tenantId = caller.tenantId();
        doc.repId = caller.memberId();
        doc.repName = caller.name();
        doc.teamId = teamId;
        CustomerDocument customerDoc = customerOf(caller, customer, now);
        doc.customerId = customerDoc.id.toHexString();
        doc.customerName = customerDoc.name;
        doc.occurredAt = occurredAt;
        doc.channel = input.channel();
        doc.archetype = input.archetype();
        doc.intensity = input.intensity();
        doc.tactics = input.tactics() == null ? new ArrayList<>() : new ArrayList<>(input.tactics());
        doc.playbookIds = input.playbookIds() == null
                ? new ArrayList<>()
                : new ArrayList<>(input.playbookIds());
        doc.outcome = input.outcome();
        doc.dealValue = input.dealValue() == null
                ? null
                : new EncounterDocument.MoneyValue(
                        input.dealValue().amount().toPlainString(),
                        input.dealValue().currency());
        doc.reflection = input.reflection();
        doc.languageDetected = input.language() == null;
        doc.language = input.language() != null
                ? input.language()
                : LanguageDetector.detect(
                        input.reflection(),
                        caller.prefersHebrew() ? io.onme.journal.domain.Language.HE : null);
        doc.followUpAt = followUpAt;
        doc.createdAt = now;
        doc.updatedAt = now;
        doc.revision = 1;
        doc.scoreStatus = ScoreStatus.PENDING;
        // the outbox entry travels in the same insert: logged means queued for scoring
        doc.delivery = Delivery.due(DeliveryAction.SCORE, doc.revision, now);
        if (clientRequestId != null) {
            doc.clientRequestId = clientRequestId;
            doc.clientRequestKey = EncounterDocument.clientRequestKey(doc.tenantId, doc.repId, clientRequestId);
        }
        try {
            encounters.persist(doc);
        } catch (MongoWriteException e) {
            if (clientRequestId == null
                    || e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // a concurrent request with the same key (maybe on another replica) won: answer with
            // its encounter
            return new Logged(
                    EncounterMapper.toView(earlier(caller, clientRequestId).orElseThrow(() -> e)),
                    false);
        }
        metrics.counter("journal.encounters.logged").increment();
        relay.nudge();
        return new Logged(EncounterMapper.toView(doc), true);
    }

    private Optional<EncounterDocument> earlier(Caller caller, String clientRequestId) {
        Optional<EncounterDocument> earlier = encounters.findByClientRequest(
                caller.tenantId(), caller.memberId(), clientRequestId);
        if (earlier.isPresent() && earlier.get().deleted) {
            throw ProblemException.conflict(
                    "the encounter logged with this clientRequestId has been deleted");
        }
        return earlier;
    }

    public EncounterView get(Caller caller, String id) {
        return encounters
                .findOne(parseId(id), EncounterRepository.visibleTo(caller))
                .map(EncounterMapper::toView)
                .orElseThrow(() -> ProblemException.notFound("encounter " + id));
    }

    /** The visible encounters among the ids, in the order asked, in one query. */
    public List<EncounterView> batch(Caller caller, List<String> ids) {
        List<ObjectId> objectIds = ids.stream().filter(ObjectId::isValid).map(ObjectId::new).distinct().toList();
        if (objectIds.isEmpty()) {
            return List.of();
        }
        Map<ObjectId, EncounterDocument> byId = new LinkedHashMap<>();
        for (EncounterDocument doc : encounters.findByIds(objectIds, EncounterRepository.visibleTo(caller))) {
            byId.put(doc.id, doc);
        }
        return objectIds.stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .map(EncounterMapper::toView)
                .toList();
    }

    public Page list(Caller caller, EncounterQuery query, String after, int limit) {
        EncounterCursor cursor = null;
        if (after != null && !after.isBlank()) {
            try {
                cursor = EncounterCursor.decode(after);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badField("after", "is not a cursor from a previous page");
            }
        }
        Bson filter = and(EncounterRepository.visibleTo(caller), query.toFilter());
        List<EncounterDocument> items = encounters.page(filter, cursor, limit + 1);
        String next = null;
        if (items.size() > limit) {
            items = items.subList(0, limit);
            EncounterDocument last = items.get(limit - 1);
            next = new EncounterCursor(last.occurredAt, last.id).encode();
        }
        return new Page(
                items.stream().map(EncounterMapper::toView).toList(),
                next,
                encounters.countMatching(filter));
    }

    /** Partial edit by the author; bumps the revision and queues the new revision for scoring. */
    public EncounterView update(Caller caller, String id, UpdateEncounterRequest input) {
        ObjectId objectId = parseId(id);
        Bson owned = EncounterRepository.ownedBy(caller);
        for (int attempt = 0; attempt < MAX_EDIT_RETRIES; attempt++) {
            EncounterDocument current = encounters
                    .findOne(objectId, owned)
                    .orElseThrow(() -> ProblemException.notFound("encounter " + id));
            if (input.expectedRevision() != null && input.expectedRevision() != current.revision) {
                throw staleRevision(current.revision);
            }
            Instant now = now();
            List<Bson> changes = new ArrayList<>();
            List<EncounterRules.Violation> violations = new ArrayList<>();
            if (input.outcome() != null && input.outcome() != current.outcome) {
                changes.add(Updates.set("outcome", input.outcome().name()));
            }
            if (input.reflection() != null && !input.reflection().equals(current.reflection)) {
                changes.add(Updates.set("reflection", input.reflection()));
                if (current.languageDetected) {
                    changes.add(
                            Updates.set(
                                    "language",
                                    LanguageDetector.detect(input.reflection(), current.language)
                                            .name()));
                }
            }
            Instant followUpAt = millis(input.followUpAt());
            if (followUpAt != null && !followUpAt.equals(current.followUpAt)) {
                EncounterRules.checkFollowUp(followUpAt, current.occurredAt, now, violations);
                changes.add(Updates.set("followUpAt", followUpAt));
            }
            if (input.tactics() != null && !input.tactics().equals(current.tactics)) {
                changes.add(Updates.set("tactics", input.tactics()));
            }
            throwIfAny(violations);
            if (changes.isEmpty()) {
                return EncounterMapper.toView(current);
            }
            long next = current.revision + 1;
            changes.add(Updates.set(EncounterDocument.REVISION, next));
            changes.add(Updates.set("updatedAt", now));
            changes.add(Updates.set("scoreStatus", ScoreStatus.PENDING.name()));
            // replaces any older queued revision: scoring only ever needs the latest
            changes.add(Delivery.queue(DeliveryAction.SCORE, next, now));
            Optional<EncounterDocument> updated = encounters.updateIfRevision(
                    objectId, owned, current.revision, Updates.combine(changes));
            if (updated.isPresent()) {
                relay.nudge();
                return EncounterMapper.toView(updated.get());
            }
            if (input.expectedRevision() != null) {
                throw staleRevision(current.revision + 1);
            }
            // someone else edited in between: re-read and re-apply on top of their revision
        }
        throw ProblemException.conflict("the encounter is being edited concurrently; try again");
    }

    /** Tombstones the author's encounter and queues the removal of its score fact. */
    public void delete(Caller caller, String id) {
        if (!tombstone(parseId(id), EncounterRepository.ownedBy(caller), false)) {
            throw ProblemException.notFound("encounter " + id);
        }
    }

    /**
     * The deletion path every removal of an encounter takes: a tombstone, hidden from every read,
     * with a DELETE of its score fact queued in the same write (after a delivery in flight has
     * settled, so scoring sees the DELETE last). {@code wipe} also drops the personal content at
     * once (an erasure): the DELETE needs only the id and tenant.
     *
     * @return false when no live encounter in {@code scope} has that id
     */
    public boolean tombstone(ObjectId objectId, Bson scope, boolean wipe) {
        Bson live = and(scope, ne(EncounterDocument.DELETED, true));
        for (int attempt = 0; attempt < MAX_EDIT_RETRIES; attempt++) {
            Optional<EncounterDocument> found = encounters.findOne(objectId, live);
            if (found.isEmpty()) {
                return false;
            }
            Instant now = now();
            long next = found.get().revision + 1;
            List<Bson> changes = new ArrayList<>(
                    List.of(
                            Updates.set(EncounterDocument.DELETED, true),
                            Updates.set(EncounterDocument.REVISION, next),
                            Updates.set("updatedAt", now),
                            Delivery.queue(DeliveryAction.DELETE, next, now)));
            if (wipe) {
                changes.add(Updates.set("reflection", ""));
                changes.add(Updates.set("notes", List.of()));
                changes.add(Updates.set("tactics", List.of()));
                changes.add(Updates.set("repName", null));
                changes.add(Updates.set("customerName", null));
                changes.add(Updates.set("dealValue", null));
                changes.add(Updates.set("score", null));
            }
            if (encounters
                    .updateIfRevision(
                            objectId, live, found.get().revision, Updates.combine(changes))
                    .isPresent()) {
                relay.nudge();
                return true;
            }
        }
        throw ProblemException.conflict("the encounter is being edited concurrently; try again");
    }

    /** A coaching note by a coach of the encounter's team or an admin. */
    public EncounterView.Note addNote(Caller caller, String id, String text) {
        ObjectId objectId = parseId(id);
        Bson visible = EncounterRepository.visibleTo(caller);
        EncounterDocument encounter = encounters
                .findOne(objectId, visible)
                .orElseThrow(() -> ProblemException.notFound("encounter " + id));
        boolean coachesTeam = caller.isCoach() && caller.teams().contains(encounter.teamId);
        if (!caller.isAdmin() && !coachesTeam) {
            throw ProblemException.forbidden(
                    "only a coach of the encounter's team or an admin adds coaching notes");
        }
        EncounterDocument.Note note = new EncounterDocument.Note();
        note.id = new ObjectId().toHexString();
        note.authorId = caller.memberId();
        note.authorName = caller.name();
        note.text = text;
        note.createdAt = now();
        encounters
                .pushNote(objectId, visible, note)
                .orElseThrow(() -> ProblemException.notFound("encounter " + id));
        return EncounterMapper.toView(note);
    }

    private String teamOf(Caller caller, String requested) {
        if (!isBlank(requested)) {
            if (!caller.teams().contains(requested)) {
                throw ProblemException.badField("teamId", "is not one of your teams");
            }
            return requested;
        }
        if (caller.teams().size() == 1) {
            return caller.teams().iterator().next();
        }
        if (caller.teams().isEmpty()) {
            throw ProblemException.badField("teamId", "is required: your token names no team");
        }
        throw ProblemException.badField(
                "teamId", "is required: you belong to several teams " + caller.teams());
    }

    private CustomerDocument customerOf(Caller caller, CustomerInput input, Instant now) {
        if (!isBlank(input.id())) {
            return (ObjectId.isValid(input.id())
                    ? customers.findInTenant(new ObjectId(input.id()), caller.tenantId())
                    : Optional.<CustomerDocument> empty())
                    .orElseThrow(
                            () -> ProblemException.badField(
                                    "customer.id", "is not a known customer"));
        }
        return customers.findOrCreate(caller.tenantId(), input.name(), now);
    }

    static ObjectId parseId(String id) {
        if (id == null || !ObjectId.isValid(id)) {
            throw ProblemException.notFound("encounter " + id);
        }
        return new ObjectId(id);
    }

    private static ProblemException staleRevision(long current) {
        return ProblemException.staleRevision(
                "the encounter has changed: its current revision is " + current);
    }

    static void throwIfAny(List<EncounterRules.Violation> violations) {
        if (violations.isEmpty()) {
            return;
        }
        List<Problem.FieldError> errors = violations.stream()
                .map(v -> new Problem.FieldError(v.field(), v.message()))
                .toList();
        throw ProblemException.badFields(errors);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** MongoDB keeps milliseconds: truncate once, so cursors and comparisons see what is stored. */
    private static Instant millis(Instant value) {
        return value == null ? null : value.truncatedTo(ChronoUnit.MILLIS);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
