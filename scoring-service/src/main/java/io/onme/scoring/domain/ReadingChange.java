package io.onme.scoring.domain;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.Stance;

/**
 * One entry of a reading's history (GraphQL {@code ReadingChange}): who did what when, the reading
 * that counted before and the one after, and the note.
 *
 * @param revision the encounter revision the reading was of
 */
public record ReadingChange(
        Instant at,
        String actorId,
        ReadingAction action,
        long revision,
        Stance beforeStance,
        List<BlameTarget> beforeBlameTargets,
        Stance stance,
        List<BlameTarget> blameTargets,
        @Schema(nullable = true) String note) {

    public ReadingChange {
        beforeBlameTargets = List.copyOf(beforeBlameTargets);
        blameTargets = List.copyOf(blameTargets);
    }
}
