package io.onme.scoring.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.onme.scoring.persistence.ReadingStore;
import io.quarkus.scheduler.Scheduled;

/**
 * Releases the readings whose delay has passed (tenants with AFTER_DELAY), every {@code
 * onme.scoring.release-period} ({@code off} disables it, as in tests, which call {@link
 * #releaseDue} themselves). One UPDATE over all tenants: running on every replica at once is
 * harmless.
 */
@ApplicationScoped
public class ReleaseJob {

    private static final Logger LOG = Logger.getLogger(ReleaseJob.class);

    @Inject
    ReadingStore store;

    @Inject
    MeterRegistry metrics;

    @Scheduled(identity = "release-readings", every = "${onme.scoring.release-period:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        releaseDue(Instant.now());
    }

    /**
     * @return how many readings were released
     */
    @Transactional
    public int releaseDue(Instant now) {
        int released = store.releaseDue(now);
        if (released > 0) {
            metrics.counter(ReadingMetrics.RELEASED).increment(released);
            LOG.debugf("released %d readings", released);
        }
        return released;
    }
}
