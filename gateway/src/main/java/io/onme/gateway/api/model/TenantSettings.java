package io.onme.gateway.api.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * GraphQL {@code TenantSettings}: scoring-service's reading settings here; {@code retentionMonths}
 * (journal-service's) is resolved by {@code SettingsApi}, from {@link #knownRetention} when a write
 * has just returned it, else with a call, so a journal outage costs only that field.
 */
@Description("The tenant's settings: who sees readings when, and how long encounters are kept.")
public class TenantSettings {

    /** Retention as a write just returned it: {@code null} when not known (then asked for). */
    public record KnownRetention(Integer retentionMonths) {
    }

    private final ReadingSettings data;
    private final KnownRetention knownRetention;

    public TenantSettings(ReadingSettings data, KnownRetention knownRetention) {
        this.data = data;
        this.knownRetention = knownRetention;
    }

    @Ignore
    public KnownRetention knownRetention() {
        return knownRetention;
    }

    @NonNull
    @Description("When coaches (and indicators) see a reading: at once, after the rep saw it, or after a delay.")
    public CoachVisibility getCoachVisibility() {
        return data.coachVisibility() == null
                ? CoachVisibility.AFTER_REP_SEEN
                : data.coachVisibility();
    }

    @Description("1..720: the delay of AFTER_DELAY, from scoring or the rep's first look, whichever is first.")
    public int getCoachDelayHours() {
        return data.coachDelayHours() == null ? 48 : data.coachDelayHours();
    }

    @Description("Whether a rep sees the whole team's leaderboard, else only their own row.")
    public boolean getRepsSeeLeaderboard() {
        return Boolean.TRUE.equals(data.repsSeeLeaderboard());
    }

    @Description("0..1: readings under this confidence join the review queue.")
    public double getReviewConfidenceBelow() {
        return data.reviewConfidenceBelow() == null ? 0.6 : data.reviewConfidenceBelow();
    }

    @Description("Whether confirmed and corrected readings may be exported as training data.")
    public boolean getTrainingConsent() {
        return Boolean.TRUE.equals(data.trainingConsent());
    }
}
