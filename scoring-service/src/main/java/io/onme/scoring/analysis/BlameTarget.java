package io.onme.scoring.analysis;

/** Whom or what a blaming statement holds responsible. */
public enum BlameTarget {
    CUSTOMER,
    MANAGEMENT,
    OPERATIONS,
    PRICE,
    MARKET,
    PRODUCT
}
