package io.onme.scoring.domain;

/** A coach's decision on a reading. */
public enum ReviewDecision {
    /** Keep the machine's reading. */
    CONFIRM,
    /** Set another stance and targets. */
    CORRECT
}
