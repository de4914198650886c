package io.onme.scoring.domain;

/** Why a reading is in a coach's review queue. */
public enum ReviewReason {
    DISPUTED,
    LOW_CONFIDENCE
}
