package io.onme.scoring.domain;

/** How an encounter ended. Every outcome but PROGRESSING is final. */
public enum Outcome {
    WON,
    LOST,
    PROGRESSING,
    NO_DECISION;

    public boolean isFinal() {
        return this != PROGRESSING;
    }
}
