package io.onme.journal.service;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.onme.journal.delivery.ErasureRelay;
import io.onme.journal.domain.ErasureState;
import io.onme.journal.persistence.EncounterDocument;
import io.onme.journal.persistence.EncounterRepository;
import io.onme.journal.persistence.ErasureDocument;
import io.onme.journal.persistence.ErasureRepository;
import io.onme.support.Caller;
import io.onme.support.ProblemException;

/**
 * A person's erasure, asked by an admin of the tenant: the person's encounters and the coaching
 * notes they wrote go at once; one delivery per other service is queued in the erasure record
 * (scoring-service, playbook-service), which the {@link ErasureRelay} delivers with retries. The
 * record is kept as the audit.
 */
@ApplicationScoped
public class ErasureService {

    private static final Logger LOG = Logger.getLogger(ErasureService.class);

    /** The services that hold a person's data beside the journal, in delivery order. */
    public static final List<String> SERVICES = ErasureRelay.SERVICES;

    @Inject
    EncounterRepository encounters;

    @Inject
    ErasureRepository erasures;

    @Inject
    EncounterService encounterService;

    @Inject
    ErasureRelay relay;

    @Inject
    MeterRegistry metrics;

    Clock clock = Clock.systemUTC();

    public ErasureView request(Caller caller, String personId, String reason) {
        requireAdmin(caller);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ErasureDocument erasure = new ErasureDocument();
        erasure.id = new ObjectId();
        erasure.tenantId = caller.tenantId();
        erasure.personId = personId;
        erasure.reason = reason;
        erasure.requestedBy = caller.memberId();
        erasure.requestedAt = now;
        erasure.state = ErasureState.PENDING;
        for (String service : SERVICES) {
            erasure.steps.add(new ErasureDocument.Step(service, now));
        }
        erasure.dueAt = now;
        // recorded first: once asked, the erasure is carried through even if this request dies
        erasures.persist(erasure);
        eraseHere(caller.tenantId(), personId, now);
        metrics.counter("journal.erasures.requested").increment();
        relay.nudge();
        return ErasureView.of(erasure);
    }

    /**
     * The journal's part. Encounters no relay holds are deleted outright (scoring's own erasure
     * removes their facts); one whose score delivery is in flight becomes a wiped tombstone, so the
     * DELETE of its fact follows that delivery, and the relay holds scoring's step back until the
     * tombstone is gone: no fact is re-created after scoring's erasure.
     */
    private void eraseHere(String tenantId, String personId, Instant now) {
        long deleted = encounters.deleteUnleasedOf(tenantId, personId, now);
        List<EncounterDocument> inFlight = encounters.liveOf(tenantId, personId);
        for (EncounterDocument encounter : inFlight) {
            encounterService.tombstone(
                    encounter.id,
                    and(
                            eq(EncounterDocument.TENANT, tenantId),
                            eq(EncounterDocument.REP, personId)),
                    true);
        }
        long notes = encounters.pullNotesBy(tenantId, personId);
        LOG.debugf(
                "erasure: %d encounters deleted, %d tombstoned, notes removed from %d",
                deleted, inFlight.size(), notes);
    }

    public ErasureView get(Caller caller, String id) {
        requireAdmin(caller);
        if (id == null || !ObjectId.isValid(id)) {
            throw ProblemException.notFound("erasure " + id);
        }
        return erasures.findInTenant(new ObjectId(id), caller.tenantId())
                .map(ErasureView::of)
                .orElseThrow(() -> ProblemException.notFound("erasure " + id));
    }

    public List<ErasureView> list(Caller caller, int limit) {
        requireAdmin(caller);
        return erasures.newestFirst(caller.tenantId(), limit).stream()
                .map(ErasureView::of)
                .toList();
    }

    static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw ProblemException.forbidden("only an admin of the tenant manages erasures");
        }
    }
}
