package io.onme.scoring.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.onme.scoring.domain.RescoreJob;

/**
 * A rescore job's progress: {@code processed} of {@code total} facts, {@code rescored} replaced.
 */
public record RescoreJobView(
        String id,
        String status,
        String targetVersion,
        int total,
        int processed,
        int rescored,
        Double progress,
        Instant startedAt,
        @Schema(nullable = true) Instant finishedAt,
        @Schema(nullable = true) String error) {

    static RescoreJobView of(RescoreJob job) {
        return new RescoreJobView(
                job.id().toString(),
                job.status().name(),
                job.targetVersion(),
                job.total(),
                job.processed(),
                job.rescored(),
                job.progress(),
                job.startedAt(),
                job.finishedAt(),
                job.error());
    }
}
