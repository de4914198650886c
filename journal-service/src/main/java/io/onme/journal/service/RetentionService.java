package io.onme.journal.service;

import static com.mongodb.client.model.Filters.eq;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.conversions.Bson;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.onme.journal.config.RetentionConfig;
import io.onme.journal.persistence.EncounterDocument;
import io.onme.journal.persistence.EncounterRepository;
import io.onme.journal.persistence.TenantSettingsDocument;
import io.onme.journal.persistence.TenantSettingsRepository;
import io.onme.support.Caller;
import io.onme.support.ProblemException;
import io.quarkus.scheduler.Scheduled;

/**
 * Retention: a tenant's {@code retentionMonths} (null keeps everything; else 1–120) and its run,
 * which deletes the tenant's encounters that occurred more than that many calendar months ago (UTC)
 * through the ordinary deletion path, so their score facts are deleted through the outbox. Runs
 * daily over every tenant with a setting, and on an admin's request.
 */
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 120;

    @Inject
    TenantSettingsRepository settings;

    @Inject
    EncounterRepository encounters;

    @Inject
    EncounterService encounterService;

    @Inject
    RetentionConfig config;

    @Inject
    MeterRegistry metrics;

    Clock clock = Clock.systemUTC();

    /** The tenant's setting; null when encounters are kept. */
    public Integer retentionMonths(Caller caller) {
        ErasureService.requireAdmin(caller);
        return settings.forTenant(caller.tenantId()).map(s -> s.retentionMonths).orElse(null);
    }

    public Integer setRetentionMonths(Caller caller, Integer months) {
        ErasureService.requireAdmin(caller);
        if (months != null && (months < MIN_MONTHS || months > MAX_MONTHS)) {
            throw ProblemException.badField(
                    "retentionMonths",
                    "must be empty or a whole number from " + MIN_MONTHS + " to " + MAX_MONTHS);
        }
        return settings.setRetention(caller.tenantId(), months, caller.memberId(), clock.instant()).retentionMonths;
    }

    /** Runs the caller's tenant now; how many encounters were deleted. */
    public long runNow(Caller caller) {
        ErasureService.requireAdmin(caller);
        Integer months = settings.forTenant(caller.tenantId()).map(s -> s.retentionMonths).orElse(null);
        return months == null ? 0 : run(caller.tenantId(), months);
    }

    @Scheduled(identity = "retention-sweep", cron = "${journal.retention.cron:0 30 3 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledSweep() {
        sweep();
    }

    /** Every tenant with a setting; how many encounters were deleted in all. */
    public long sweep() {
        long deleted = 0;
        for (TenantSettingsDocument tenant : settings.withRetention()) {
            try {
                deleted += run(tenant.tenantId, tenant.retentionMonths);
            } catch (RuntimeException e) {
                // one tenant's failure must not stop the others; tomorrow's sweep tries again
                LOG.warnf("retention of a tenant failed: %s", e.getMessage());
            }
        }
        return deleted;
    }

    /** Encounters that occurred before now minus {@code months} calendar months (UTC) go. */
    long run(String tenantId, int months) {
        Instant before = clock.instant().atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
        Bson tenant = eq(EncounterDocument.TENANT, tenantId);
        long deleted = 0;
        while (true) {
            List<EncounterDocument> batch = encounters.occurredBefore(tenantId, before, config.batchSize());
            long before0 = deleted;
            for (EncounterDocument encounter : batch) {
                try {
                    if (encounterService.tombstone(encounter.id, tenant, false)) {
                        deleted++;
                    }
                } catch (ProblemException editedMeanwhile) {
                    // its author keeps editing it: the next run takes it
                }
            }
            if (batch.size() < config.batchSize() || deleted == before0) {
                break;
            }
        }
        if (deleted > 0) {
            metrics.counter("journal.retention.deleted").increment(deleted);
            LOG.debugf("retention deleted %d encounters of a tenant", deleted);
        }
        return deleted;
    }
}
