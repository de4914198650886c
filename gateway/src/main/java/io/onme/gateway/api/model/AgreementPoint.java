package io.onme.gateway.api.model;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.NonNull;

/** One week of {@link AnalyserAgreement}. */
public record AgreementPoint(
        @NonNull OffsetDateTime periodStart,
        int readings,
        int disputed,
        int confirmed,
        int corrected) {
}
