package io.onme.scoring.domain;

/**
 * A tenant's choices about readings (docs/coaching-not-surveillance.md); a tenant that never chose
 * has {@link #DEFAULTS}.
 *
 * @param coachDelayHours 1–720, used by {@link CoachVisibility#AFTER_DELAY}
 * @param repsSeeLeaderboard a rep sees the whole team's leaderboard, else only their own row
 * @param reviewConfidenceBelow readings under this confidence join the review queue
 * @param trainingConsent corrections may be exported as training data
 */
public record TenantSettings(
        CoachVisibility coachVisibility,
        int coachDelayHours,
        boolean repsSeeLeaderboard,
        double reviewConfidenceBelow,
        boolean trainingConsent) {

    public static final int MIN_DELAY_HOURS = 1;
    public static final int MAX_DELAY_HOURS = 720;

    public static final TenantSettings DEFAULTS = new TenantSettings(CoachVisibility.AFTER_REP_SEEN, 48, false, 0.6, false);

    /** Whether a reading is released as soon as it is written. */
    public boolean releasesOnWrite() {
        return coachVisibility == CoachVisibility.IMMEDIATE;
    }

    /** These settings with the given values instead, where a value is given (not null). */
    public TenantSettings with(
            CoachVisibility visibility,
            Integer delayHours,
            Boolean repsSeeBoard,
            Double confidenceBelow,
            Boolean consent) {
        return new TenantSettings(
                visibility != null ? visibility : coachVisibility,
                delayHours != null ? delayHours : coachDelayHours,
                repsSeeBoard != null ? repsSeeBoard : repsSeeLeaderboard,
                confidenceBelow != null ? confidenceBelow : reviewConfidenceBelow,
                consent != null ? consent : trainingConsent);
    }
}
