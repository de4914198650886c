package io.onme.scoring.api;

import io.onme.scoring.persistence.RescoreJobEntity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A rescore job's progress: {@code processed} of {@code total} facts, {@code rescored} replaced. */
public record RescoreJobView(String id, String status, String targetVersion, int total, int processed, int rescored,
                             Double progress, Instant startedAt, @Schema(nullable = true) Instant finishedAt,
                             @Schema(nullable = true) String error) {

    static RescoreJobView of(RescoreJobEntity job) {
        Double progress = job.total == 0 ? (job.status == RescoreJobEntity.Status.DONE ? 1.0 : 0.0)
                : Math.min(1.0, job.processed / (double) job.total);
        return new RescoreJobView(job.id.toString(), job.status.name(), job.targetVersion, job.total, job.processed,
                job.rescored, progress, job.startedAt, job.finishedAt, job.error);
    }
}
