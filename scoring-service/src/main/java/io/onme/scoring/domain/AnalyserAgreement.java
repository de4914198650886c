package io.onme.scoring.domain;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.onme.scoring.analysis.Language;
import io.onme.scoring.analysis.Stance;

/**
 * How far people agreed with the analyser in one language over a window (GraphQL {@code
 * AnalyserAgreement}): readings, how many were ever disputed, confirmed and corrected and their
 * shares of the readings (null without readings), the machine's stance against the people's for the
 * confirmed and corrected ones, and the same counts per ISO week.
 */
public record AnalyserAgreement(
        Language language,
        int readings,
        int disputed,
        int confirmed,
        int corrected,
        @Schema(nullable = true) Double disputedShare,
        @Schema(nullable = true) Double confirmedShare,
        @Schema(nullable = true) Double correctedShare,
        List<ConfusionCell> confusion,
        List<AgreementPoint> trend) {

    public AnalyserAgreement {
        confusion = List.copyOf(confusion);
        trend = List.copyOf(trend);
    }

    public record ConfusionCell(Stance machine, Stance human, int count) {
    }

    public record AgreementPoint(
            Instant periodStart, int readings, int disputed, int confirmed, int corrected) {
    }

    public static Double share(int count, int readings) {
        return readings == 0 ? null : (double) count / readings;
    }
}
