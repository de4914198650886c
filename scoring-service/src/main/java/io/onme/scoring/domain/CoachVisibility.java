package io.onme.scoring.domain;

/** When coaches (and indicators) see a rep's reading: the tenant's choice. */
public enum CoachVisibility {
    /** At once. */
    IMMEDIATE,
    /** When the rep has opened it. */
    AFTER_REP_SEEN,
    /** {@code coachDelayHours} after it was scored, or when the rep opened it, if earlier. */
    AFTER_DELAY
}
