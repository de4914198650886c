package io.onme.scoring.analysis;

/** A pattern matched over word positions [from, to). */
record Match(Pattern pattern, int from, int to, boolean tenant) {

    Cue cue() {
        return pattern.cue;
    }

    int length() {
        return to - from;
    }

    /** Statement cues compete for their words; auxiliary cues only inform the rules. */
    boolean isStatement() {
        return switch (pattern.cue) {
            case BLAME,
                    RESPONSIBILITY,
                    OWN_FAILURE,
                    REMEDY,
                    CREDIT,
                    HELPLESS,
                    NEUTRALIZER,
                    DENIAL ->
                true;
            default -> false;
        };
    }
}
