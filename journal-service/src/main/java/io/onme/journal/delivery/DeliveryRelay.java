package io.onme.journal.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.onme.journal.client.ScoreFact;
import io.onme.journal.client.ScoreRequest;
import io.onme.journal.client.ScoringClient;
import io.onme.journal.client.ServiceTokens;
import io.onme.journal.config.DeliveryConfig;
import io.onme.journal.domain.Backoff;
import io.onme.journal.domain.DeliveryAction;
import io.onme.journal.persistence.EncounterDocument;
import io.onme.journal.persistence.EncounterRepository;
import io.quarkus.scheduler.Scheduled;

/**
 * The outbox relay. Each run claims due deliveries one by one (an atomic findOneAndUpdate that
 * takes a lease, so several relays or replicas never hold the same delivery), calls scoring, and
 * then settles the delivery with an update conditional on the revision and the lease. Runs on a
 * scheduler worker thread: the blocking driver and REST client never touch the event loop.
 */
@ApplicationScoped
public class DeliveryRelay {

    private static final Logger LOG = Logger.getLogger(DeliveryRelay.class);
    private static final int MAX_ERROR_LENGTH = 500;

    /** This replica's identity in leases. */
    private final String replicaId = "relay-" + UUID.randomUUID();

    @Inject
    EncounterRepository encounters;

    @Inject
    @RestClient
    ScoringClient scoring;

    @Inject
    ServiceTokens tokens;

    @Inject
    DeliveryConfig config;

    @Inject
    MeterRegistry metrics;

    @Inject
    ManagedExecutor executor;

    Clock clock = Clock.systemUTC();

    /** One local run at a time; a nudge during a run asks for one more pass. */
    private final SingleFlight flight = new SingleFlight();

    /** Outbox entries still to deliver, across tenants (never tagged by tenant). */
    private final AtomicLong backlog = new AtomicLong();

    @Scheduled(identity = "outbox-relay", every = "${journal.delivery.relay-interval:1s}", delayed = "${journal.delivery.relay-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRun() {
        runLocally();
        if (config.enabled()) {
            try {
                backlog.set(encounters.countQueued());
                Instant now = clock.instant();
                oldestAgeSeconds.set(
                        encounters
                                .oldestQueuedAt()
                                .map(
                                        queued -> Math.max(
                                                0,
                                                Duration.between(queued, now).toSeconds()))
                                .orElse(0L));
                parked.set(encounters.countParked());
            } catch (RuntimeException e) {
                LOG.debugf("outbox backlog not counted: %s", e.getMessage());
            }
        }
    }

    /**
     * Seconds the longest-waiting delivery has waited since it was queued (0 when none waits): the
     * backlog's age, which the relay's backoff cannot hide the way a due time would.
     */
    private final AtomicLong oldestAgeSeconds = new AtomicLong();

    /** Deliveries parked after a permanent refusal, waiting for an admin's retry. */
    private final AtomicLong parked = new AtomicLong();

    /**
     * The outbox gauges, refreshed by each scheduled run (three indexed reads a second, whatever
     * the scrape rate): {@code journal_outbox_queued}, {@code journal_outbox_oldest_age_seconds},
     * {@code journal_outbox_parked}. Store-wide, the same on every replica that relays.
     */
    @PostConstruct
    void registerGauges() {
        metrics.gauge("journal.outbox.queued", backlog);
        metrics.gauge("journal.outbox.oldest.age.seconds", oldestAgeSeconds);
        metrics.gauge("journal.outbox.parked", parked);
    }

    /**
     * Called after a write queued a delivery: runs the relay now on a worker thread instead of
     * waiting for the next tick (the poll stays the safety net, and serves other replicas' writes).
     */
    public void nudge() {
        if (config.enabled() && config.nudge()) {
            executor.execute(this::runLocally);
        }
    }

    private void runLocally() {
        if (!config.enabled()) {
            return;
        }
        flight.run(
                () -> {
                    try {
                        relayDue(replicaId, config.batchSize());
                    } catch (RuntimeException e) {
                        // store unreachable or similar: the next run tries again
                        LOG.warnf("outbox relay run failed: %s", e.getMessage());
                    }
                });
    }

    /**
     * Delivers up to {@code max} due deliveries as {@code owner}.
     *
     * @return how many deliveries this run settled successfully
     */
    public int relayDue(String owner, int max) {
        int delivered = 0;
        for (int i = 0; i < max; i++) {
            EncounterDocument claimed = encounters.claimDue(owner, clock.instant(), config.lease());
            if (claimed == null) {
                break;
            }
            if (deliver(claimed, owner)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(EncounterDocument encounter, String owner) {
        long revision = encounter.delivery.revision;
        DeliveryAction action = encounter.delivery.action;
        String id = encounter.id.toHexString();
        try {
            String bearer = tokens.bearerFor(encounter.tenantId);
            if (action == DeliveryAction.DELETE) {
                deleteScore(id, bearer);
                if (!encounters.completeDelete(encounter.id, revision, owner)) {
                    encounters.releaseLease(encounter.id, owner);
                }
            } else {
                ScoreFact fact = scoring.putScore(id, bearer, requestOf(encounter));
                boolean current = encounters.completeScore(
                        encounter.id, revision, owner, summaryOf(fact, revision));
                if (!current) {
                    LOG.debugf(
                            "encounter %s changed while revision %d was scored; its newer delivery follows",
                            id, revision);
                    encounters.releaseLease(encounter.id, owner);
                }
            }
            metrics.counter("journal.deliveries", "action", action.name(), "result", "delivered")
                    .increment();
            return true;
        } catch (WebApplicationException e) {
            int status = e.getResponse() != null ? e.getResponse().getStatus() : 0;
            fail(encounter, owner, "scoring answered " + status, permanent(status));
        } catch (ProcessingException e) {
            fail(encounter, owner, "scoring unreachable: " + rootMessage(e), false);
        } catch (RuntimeException e) {
            fail(encounter, owner, "delivery error: " + rootMessage(e), false);
        }
        return false;
    }

    private void deleteScore(String id, String bearer) {
        try {
            scoring.deleteScore(id, bearer);
        } catch (WebApplicationException e) {
            // already gone is what we want
            if (e.getResponse() == null || e.getResponse().getStatus() != 404) {
                throw e;
            }
        }
    }

    /**
     * Bad requests will not get better by repeating them; auth, throttling and server errors may.
     */
    static boolean permanent(int status) {
        return status >= 400
                && status < 500
                && status != 401
                && status != 403
                && status != 404
                && status != 408
                && status != 409
                && status != 425
                && status != 429;
    }

    private void fail(EncounterDocument encounter, String owner, String error, boolean permanent) {
        int attempts = encounter.delivery.attempts;
        Instant next = permanent
                ? null
                : clock.instant()
                        .plus(
                                new Backoff(config.backoffMin(), config.backoffMax())
                                        .delay(
                                                attempts,
                                                () -> ThreadLocalRandom.current()
                                                        .nextDouble()));
        String message = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        if (!encounters.failDelivery(
                encounter.id,
                encounter.delivery.revision,
                owner,
                encounter.delivery.action,
                message,
                next)) {
            // a newer revision was queued meanwhile: it is due now, not after our backoff
            encounters.releaseLease(encounter.id, owner);
        }
        metrics.counter(
                "journal.deliveries",
                "action",
                encounter.delivery.action.name(),
                "result",
                permanent ? "parked" : "retry")
                .increment();
        LOG.debugf(
                "delivery of encounter %s (attempt %d) failed: %s",
                encounter.id, attempts, message);
    }

    private static ScoreRequest requestOf(EncounterDocument e) {
        ScoreRequest.Money money = e.dealValue == null
                ? null
                : new ScoreRequest.Money(e.dealValue.amount, e.dealValue.currency);
        return new ScoreRequest(
                e.delivery.revision,
                e.repId,
                e.teamId,
                e.customerId,
                e.occurredAt,
                e.archetype != null ? e.archetype.name() : null,
                e.intensity,
                e.outcome.name(),
                money,
                e.reflection,
                e.language.name(),
                e.followUpAt != null);
    }

    private EncounterDocument.ScoreSummary summaryOf(ScoreFact fact, long revision) {
        EncounterDocument.ScoreSummary summary = new EncounterDocument.ScoreSummary();
        summary.revision = revision;
        summary.scoredAt = fact != null && fact.scoredAt() != null ? fact.scoredAt() : clock.instant();
        if (fact != null && fact.analysis() != null) {
            summary.stance = fact.analysis().stance();
            summary.ownershipScore = fact.analysis().ownershipScore();
            summary.analyzerVersion = fact.analysis().analyzerVersion() != null
                    ? fact.analysis().analyzerVersion()
                    : fact.analyzerVersion();
        } else if (fact != null) {
            summary.analyzerVersion = fact.analyzerVersion();
        }
        return summary;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message != null ? " " + message : "");
    }
}
