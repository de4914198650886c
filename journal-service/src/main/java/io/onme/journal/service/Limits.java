package io.onme.journal.service;

/** Size limits of the journal's input. */
public final class Limits {

    public static final int MAX_REFLECTION = 10_000;
    public static final int MAX_TACTICS = 30;
    public static final int MAX_TACTIC_LENGTH = 200;
    public static final int MAX_PLAYBOOKS = 30;
    public static final int MAX_ID_LENGTH = 100;
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_NOTE = 5_000;
    public static final int MAX_PAGE = 100;
    public static final int DEFAULT_PAGE = 20;

    private Limits() {
    }
}
