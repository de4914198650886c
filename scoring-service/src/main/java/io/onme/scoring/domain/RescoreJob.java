package io.onme.scoring.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A rescore of a tenant's facts and how far it has got: {@code processed} of {@code total}, {@code
 * rescored} replaced.
 */
public record RescoreJob(
        UUID id,
        Status status,
        String targetVersion,
        int total,
        int processed,
        int rescored,
        Instant startedAt,
        Instant finishedAt,
        String error) {

    public enum Status {
        RUNNING,
        DONE,
        FAILED
    }

    /** From 0 to 1; a job with nothing to do is done at once. */
    public double progress() {
        if (total == 0) {
            return status == Status.DONE ? 1.0 : 0.0;
        }
        return Math.min(1.0, processed / (double) total);
    }
}
