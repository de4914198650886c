package io.onme.scoring.analysis;

/**
 * A clause: word positions [from, to) of one sentence, and how it is linked to the clause before it
 * by its opening connector.
 */
record Clause(int from, int to, int sentence, Link link) {

    enum Link {
        /** No connector, or "and". */
        NONE,
        /** but / although / still / אבל / אך / ובכל זאת. */
        CONTRAST,
        /** because / due to / בגלל / כי: this clause gives the cause of the one before. */
        CAUSE,
        /** so / therefore / ולכן / אז: this clause is the consequence of the one before. */
        RESULT
    }
}
