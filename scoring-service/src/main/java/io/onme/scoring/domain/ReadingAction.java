package io.onme.scoring.domain;

/** What a change in a reading's history did. */
public enum ReadingAction {
    DISPUTED,
    CONFIRMED,
    CORRECTED,
    /** A new revision of the encounter (a new text) put the reading back to UNREVIEWED. */
    RESET
}
