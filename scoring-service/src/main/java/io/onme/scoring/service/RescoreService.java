package io.onme.scoring.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.onme.scoring.config.ScoringConfig;
import io.onme.scoring.domain.RescoreJob;
import io.onme.scoring.persistence.RescoreJobEntity;
import io.onme.scoring.persistence.ScoreFactRepository;
import io.onme.scoring.persistence.ScoreFactRepository.RescoreCandidate;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Rescoring a tenant's history with the current analyser, in the background, in batches of one
 * transaction each, with the progress kept in {@code rescore_job}. Facts are rescored only while
 * still older than the current version, so a job can run next to live deliveries and a second job
 * after a crash simply continues.
 */
@ApplicationScoped
public class RescoreService {

    private static final Logger LOG = Logger.getLogger(RescoreService.class);

    @Inject
    ScoringService scoring;

    @Inject
    ScoreFactRepository facts;

    @Inject
    ManagedExecutor executor;

    @Inject
    ScoringConfig config;

    @Inject
    MeterRegistry metrics;

    /**
     * {@code scoring_rescore_completed_total} and {@code scoring_rescore_failures_total} (a job
     * that stopped on an error, or was found abandoned by a stopped replica): across tenants, never
     * tagged by one. Registered at start, so they read 0 before the first job.
     */
    private Counter completed;

    private Counter failures;

    @PostConstruct
    void registerCounters() {
        completed = metrics.counter("scoring.rescore.completed");
        failures = metrics.counter("scoring.rescore.failures");
    }

    /** A RUNNING job without progress for this long was abandoned by a stopped replica. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    private record Started(RescoreJobEntity job, boolean created, boolean abandonedOne) {
    }

    /** Starts a job, or answers the tenant's job already running. */
    public RescoreJob start(String tenantId, String requestedBy) {
        String version = scoring.analyzerVersion();
        Started started = QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            Instant now = Instant.now();
                            Optional<RescoreJobEntity> running = RescoreJobEntity.<RescoreJobEntity> find(
                                    "tenantId = ?1 and status = ?2",
                                    tenantId,
                                    RescoreJobEntity.Status.RUNNING)
                                    .firstResultOptional();
                            if (running.isPresent()) {
                                RescoreJobEntity job = running.get();
                                if (job.updatedAt.plus(ABANDONED_AFTER).isAfter(now)) {
                                    return new Started(job, false, false);
                                }
                                job.status = RescoreJobEntity.Status.FAILED;
                                job.error = "abandoned: no progress for "
                                        + ABANDONED_AFTER.toMinutes()
                                        + " minutes";
                                job.finishedAt = now;
                            }
                            RescoreJobEntity created = new RescoreJobEntity();
                            created.id = UUID.randomUUID();
                            created.tenantId = tenantId;
                            created.requestedBy = requestedBy;
                            created.targetVersion = version;
                            created.status = RescoreJobEntity.Status.RUNNING;
                            created.total = (int) facts.countOlderThan(tenantId, version);
                            created.startedAt = now;
                            created.updatedAt = now;
                            created.persist();
                            return new Started(created, true, running.isPresent());
                        });
        if (started.abandonedOne()) {
            failures.increment();
        }
        if (started.created()) {
            UUID id = started.job().id;
            executor.runAsync(() -> run(id, tenantId, version));
        }
        return job(started.job());
    }

    public Optional<RescoreJob> find(String tenantId, UUID id) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> RescoreJobEntity.<RescoreJobEntity> find(
                                "tenantId = ?1 and id = ?2", tenantId, id)
                                .firstResultOptional()
                                .map(RescoreService::job));
    }

    private static RescoreJob job(RescoreJobEntity job) {
        return new RescoreJob(
                job.id,
                RescoreJob.Status.valueOf(job.status.name()),
                job.targetVersion,
                job.total,
                job.processed,
                job.rescored,
                job.startedAt,
                job.finishedAt,
                job.error);
    }

    private void run(UUID jobId, String tenantId, String version) {
        String after = "";
        try {
            while (true) {
                List<RescoreCandidate> batch = facts.olderThan(tenantId, version, after, config.rescoreBatchSize());
                if (batch.isEmpty()) {
                    break;
                }
                int rescored = scoring.rescore(tenantId, batch);
                after = batch.get(batch.size() - 1).encounterId();
                int processed = batch.size();
                QuarkusTransaction.requiringNew()
                        .run(
                                () -> {
                                    RescoreJobEntity job = RescoreJobEntity.findById(jobId);
                                    job.processed += processed;
                                    job.rescored += rescored;
                                    job.updatedAt = Instant.now();
                                });
            }
            finish(jobId, RescoreJobEntity.Status.DONE, null);
            completed.increment();
        } catch (RuntimeException e) {
            LOG.errorf(e, "rescore job %s failed", jobId);
            failures.increment();
            finish(
                    jobId,
                    RescoreJobEntity.Status.FAILED,
                    "the rescore stopped; start it again to continue");
        }
    }

    private static void finish(UUID jobId, RescoreJobEntity.Status status, String error) {
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            RescoreJobEntity job = RescoreJobEntity.findById(jobId);
                            job.status = status;
                            job.error = error;
                            job.finishedAt = Instant.now();
                            job.updatedAt = job.finishedAt;
                        });
    }
}
