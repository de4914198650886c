package io.onme.gateway.api.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * scoring-service's {@code GET /readings/agreement} figures for one language (JSON and GraphQL).
 */
@Description("How people received the analyser's readings in one language over the window.")
public record AnalyserAgreement(
        @NonNull Language language,
        int readings,
        int disputed,
        int confirmed,
        int corrected,
        @Description("disputed / readings; null without readings.") Double disputedShare,
        @Description("confirmed / readings; null without readings.") Double confirmedShare,
        @Description("corrected / readings; null without readings.") Double correctedShare,
        @NonNull @Description("The machine's stance against the people's, over reviewed readings.") List<@NonNull ConfusionCell> confusion,
        @NonNull @Description("The same counts per week, oldest first.") List<@NonNull AgreementPoint> trend) {

    public AnalyserAgreement {
        confusion = confusion == null ? List.of() : confusion;
        trend = trend == null ? List.of() : trend;
    }
}
