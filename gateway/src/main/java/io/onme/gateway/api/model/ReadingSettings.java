package io.onme.gateway.api.model;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** scoring-service's {@code /readings/settings} JSON: the tenant's settings without retention. */
@RegisterForReflection
public record ReadingSettings(
        CoachVisibility coachVisibility,
        Integer coachDelayHours,
        Boolean repsSeeLeaderboard,
        Double reviewConfidenceBelow,
        Boolean trainingConsent) {
}
