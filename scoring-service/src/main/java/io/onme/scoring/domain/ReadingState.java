package io.onme.scoring.domain;

/** Where a reading stands between the machine, the rep and a coach. */
public enum ReadingState {
    UNREVIEWED,
    /** The rep disputed it. */
    DISPUTED,
    /** A coach kept the machine's reading. */
    CONFIRMED,
    /** A coach set another stance and targets. */
    CORRECTED
}
