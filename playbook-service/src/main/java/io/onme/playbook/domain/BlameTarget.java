package io.onme.playbook.domain;

/** Where a rep placed the cause of an outcome (ownership model §3); input to suggestions. */
public enum BlameTarget {
    CUSTOMER,
    MANAGEMENT,
    OPERATIONS,
    PRICE,
    MARKET,
    PRODUCT
}
