package io.onme.journal.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
import io.onme.journal.client.PlaybookPeopleClient;
import io.onme.journal.client.ScoringPeopleClient;
import io.onme.journal.client.ServiceTokens;
import io.onme.journal.config.DeliveryConfig;
import io.onme.journal.config.ServiceTokenConfig;
import io.onme.journal.domain.Backoff;
import io.onme.journal.domain.ErasureState;
import io.onme.journal.persistence.EncounterRepository;
import io.onme.journal.persistence.ErasureDocument;
import io.onme.journal.persistence.ErasureRepository;
import io.quarkus.scheduler.Scheduled;

/**
 * The erasure outbox relay, the same approach as {@link DeliveryRelay}: each run claims due
 * erasures one by one with a lease (an atomic findOneAndUpdate), calls {@code DELETE
 * /people/{personId}} on each service whose step is due, with a service token of the erasure's
 * tenant for that service, and writes the steps back under its lease. A 2xx settles a step; any
 * other answer, or none, retries it with exponential backoff and full jitter: a service that is
 * down gets the erasure when it returns.
 */
@ApplicationScoped
public class ErasureRelay {

    private static final Logger LOG = Logger.getLogger(ErasureRelay.class);
    private static final int MAX_ERROR_LENGTH = 500;
    static final String SCORING = "scoring-service";
    static final String PLAYBOOK = "playbook-service";

    /** The services that hold a person's data beside the journal, in delivery order. */
    public static final List<String> SERVICES = List.of(SCORING, PLAYBOOK);

    private final String replicaId = "erasure-relay-" + UUID.randomUUID();

    @Inject
    ErasureRepository erasures;

    @Inject
    EncounterRepository encounters;

    @Inject
    @RestClient
    ScoringPeopleClient scoring;

    @Inject
    @RestClient
    PlaybookPeopleClient playbook;

    @Inject
    ServiceTokens tokens;

    @Inject
    ServiceTokenConfig identity;

    @Inject
    DeliveryConfig config;

    @Inject
    MeterRegistry metrics;

    @Inject
    ManagedExecutor executor;

    Clock clock = Clock.systemUTC();

    /** One local run at a time; a nudge during a run asks for one more pass. */
    private final SingleFlight flight = new SingleFlight();

    /** Erasures with steps still to deliver, across tenants (never tagged by tenant). */
    private final AtomicLong backlog = new AtomicLong();

    @Scheduled(identity = "erasure-relay", every = "${journal.delivery.relay-interval:1s}", delayed = "${journal.delivery.relay-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRun() {
        runLocally();
        if (config.enabled()) {
            try {
                backlog.set(erasures.countPending());
            } catch (RuntimeException e) {
                LOG.debugf("erasure backlog not counted: %s", e.getMessage());
            }
        }
    }

    @PostConstruct
    void registerGauge() {
        metrics.gauge("journal.erasures.pending", backlog);
    }

    /** Runs the relay now on a worker thread (after an erasure was requested). */
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
                        LOG.warnf("erasure relay run failed: %s", e.getMessage());
                    }
                });
    }

    /**
     * Delivers the due steps of up to {@code max} erasures as {@code owner}.
     *
     * @return how many erasures this run claimed
     */
    public int relayDue(String owner, int max) {
        int claimed = 0;
        for (int i = 0; i < max; i++) {
            ErasureDocument erasure = erasures.claimDue(owner, clock.instant(), config.lease());
            if (erasure == null) {
                break;
            }
            claimed++;
            deliver(erasure);
            if (!erasures.settle(erasure, owner)) {
                LOG.debugf("erasure %s was taken over by another relay", erasure.id);
            }
        }
        return claimed;
    }

    private void deliver(ErasureDocument erasure) {
        Instant now = clock.instant();
        for (ErasureDocument.Step step : erasure.steps) {
            if (step.state == ErasureState.DONE
                    || (step.dueAt != null && step.dueAt.isAfter(now))) {
                continue;
            }
            if (SCORING.equals(step.service)) {
                long waiting = encounters.countTombstonesOf(erasure.tenantId, erasure.personId);
                if (waiting > 0) {
                    // a score delivery of an erased encounter is in flight: its DELETE goes first
                    step.lastError = "waiting for " + waiting + " encounter deletions";
                    step.dueAt = now.plus(config.backoffMin());
                    continue;
                }
            }
            step.attempts++;
            step.lastAttemptAt = now;
            String result = "delivered";
            try {
                call(erasure, step.service);
                step.state = ErasureState.DONE;
                step.completedAt = clock.instant();
                step.lastError = null;
                step.dueAt = null;
            } catch (WebApplicationException e) {
                int status = e.getResponse() != null ? e.getResponse().getStatus() : 0;
                result = retry(step, step.service + " answered " + status);
            } catch (ProcessingException e) {
                result = retry(step, step.service + " unreachable: " + rootMessage(e));
            } catch (RuntimeException e) {
                result = retry(step, "delivery error: " + rootMessage(e));
            }
            metrics.counter("journal.erasure.deliveries", "service", step.service, "result", result)
                    .increment();
        }
        Instant nextDue = null;
        boolean done = true;
        for (ErasureDocument.Step step : erasure.steps) {
            if (step.state != ErasureState.DONE) {
                done = false;
                if (nextDue == null || step.dueAt.isBefore(nextDue)) {
                    nextDue = step.dueAt;
                }
            }
        }
        erasure.dueAt = nextDue;
        if (done) {
            erasure.state = ErasureState.DONE;
            erasure.completedAt = clock.instant();
        }
    }

    private void call(ErasureDocument erasure, String service) {
        if (SCORING.equals(service)) {
            scoring.erasePerson(
                    erasure.personId, tokens.bearerFor(erasure.tenantId, identity.audience()));
        } else if (PLAYBOOK.equals(service)) {
            playbook.erasePerson(
                    erasure.personId,
                    tokens.bearerFor(erasure.tenantId, identity.playbookAudience()));
        } else {
            throw new IllegalStateException("no client for " + service);
        }
    }

    private String retry(ErasureDocument.Step step, String error) {
        step.lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        step.dueAt = clock.instant()
                .plus(
                        new Backoff(config.backoffMin(), config.backoffMax())
                                .delay(
                                        step.attempts,
                                        () -> ThreadLocalRandom.current().nextDouble()));
        LOG.debugf("erasure step %s (attempt %d) failed: %s", step.service, step.attempts, error);
        return "retry";
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
