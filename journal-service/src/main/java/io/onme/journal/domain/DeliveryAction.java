package io.onme.journal.domain;

/** What the outbox must tell scoring-service about an encounter. */
public enum DeliveryAction {
    /** PUT the current revision for scoring. */
    SCORE,
    /** The encounter was deleted: DELETE its score fact, then remove the tombstone. */
    DELETE
}
