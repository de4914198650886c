package io.onme.journal.api;

/** Size limits of the journal's input. */
final class Limits {

    static final int MAX_REFLECTION = 10_000;
    static final int MAX_TACTICS = 30;
    static final int MAX_TACTIC_LENGTH = 200;
    static final int MAX_PLAYBOOKS = 30;
    static final int MAX_ID_LENGTH = 100;
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_NOTE = 5_000;
    static final int MAX_PAGE = 100;
    static final int DEFAULT_PAGE = 20;

    private Limits() {
    }
}
