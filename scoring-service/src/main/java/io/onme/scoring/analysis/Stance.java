package io.onme.scoring.analysis;

/** How a reflection explains what happened (the ownership model, section 3). */
public enum Stance {
    OWNERSHIP,
    BLAME,
    HELPLESS,
    MIXED,
    NEUTRAL
}
