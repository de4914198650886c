package io.onme.journal.domain;

/** Where a person's erasure, or one of its steps, stands. */
public enum ErasureState {
    /** Still to be delivered (retried with backoff while the service is down). */
    PENDING,
    /** Done: the service answered 2xx (the whole erasure: every step). */
    DONE
}
