package io.onme.scoring.domain;

import java.util.LinkedHashSet;
import java.util.List;

import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.Stance;
import io.onme.scoring.analysis.StanceScores;
import io.onme.support.ProblemException;

/** The rules of disputes and corrections that do not depend on who asks. */
public final class Readings {

    /** Dispute and review notes: 1–500 characters. */
    public static final int NOTE_MAX = 500;

    private Readings() {
    }

    /**
     * The note stripped of surrounding blanks; null when absent and not required.
     *
     * @throws ProblemException 400 when required and absent, blank, or longer than {@link
     *         #NOTE_MAX}
     */
    public static String note(String note, boolean required) {
        String stripped = note == null ? null : note.strip();
        if (stripped == null || stripped.isEmpty()) {
            if (required) {
                throw ProblemException.badField("note", "is required (1–500 characters)");
            }
            if (note != null) {
                throw ProblemException.badField("note", "must not be blank");
            }
            return null;
        }
        if (stripped.length() > NOTE_MAX) {
            throw ProblemException.badField("note", "must be at most 500 characters");
        }
        return stripped;
    }

    /**
     * The targets of a correction, distinct and in their enum order: only with BLAME or MIXED, at
     * least one with BLAME.
     */
    public static List<BlameTarget> correctionTargets(Stance stance, List<BlameTarget> targets) {
        if (stance == null) {
            throw ProblemException.badField("stance", "is required to CORRECT");
        }
        List<BlameTarget> given = targets == null ? List.of() : targets;
        if (given.contains(null)) {
            throw ProblemException.badField("blameTargets", "must not contain null");
        }
        boolean blames = stance == Stance.BLAME || stance == Stance.MIXED;
        if (!blames && !given.isEmpty()) {
            throw ProblemException.badField("blameTargets", "are only for a BLAME or MIXED stance");
        }
        if (stance == Stance.BLAME && given.isEmpty()) {
            throw ProblemException.badField("blameTargets", "need at least one with BLAME");
        }
        return new LinkedHashSet<>(given).stream().sorted().toList();
    }

    /** A corrected reading's ownership score: the analyser's formula for the stance alone. */
    public static int correctedScore(Stance stance) {
        return StanceScores.clean(stance);
    }
}
