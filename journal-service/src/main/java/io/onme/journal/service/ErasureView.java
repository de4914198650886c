package io.onme.journal.service;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.onme.journal.domain.ErasureState;
import io.onme.journal.persistence.ErasureDocument;

/** An erasure and its steps, as the GraphQL {@code Erasure} shows it. */
public record ErasureView(
        String id,
        String personId,
        String reason,
        String requestedBy,
        Instant requestedAt,
        ErasureState state,
        @Schema(nullable = true) Instant completedAt,
        List<Step> steps) {

    public record Step(
            String service,
            ErasureState state,
            @Schema(nullable = true) Instant completedAt,
            int attempts,
            @Schema(nullable = true) String lastError) {
    }

    static ErasureView of(ErasureDocument doc) {
        return new ErasureView(
                doc.id.toHexString(),
                doc.personId,
                doc.reason,
                doc.requestedBy,
                doc.requestedAt,
                doc.state,
                doc.completedAt,
                doc.steps.stream()
                        .map(
                                s -> new Step(
                                        s.service,
                                        s.state,
                                        s.completedAt,
                                        s.attempts,
                                        s.lastError))
                        .toList());
    }
}
