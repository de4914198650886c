package io.onme.scoring.analysis;

/**
 * The analyser's one ownership-score formula ({@link RuleEngine#score}) for a stance given by a
 * person: the stance's own signal and nothing else (no repeated statements, no next action), so a
 * correction to OWNERSHIP scores like a clean ownership reading: OWNERSHIP 80, MIXED 50, NEUTRAL
 * 50, BLAME 20, HELPLESS 10.
 */
public final class StanceScores {

    private StanceScores() {
    }

    public static int clean(Stance stance) {
        boolean mixed = stance == Stance.MIXED;
        return RuleEngine.score(
                stance,
                stance == Stance.OWNERSHIP || mixed ? 1 : 0,
                stance == Stance.BLAME || mixed ? 1 : 0,
                stance == Stance.HELPLESS ? 1 : 0,
                false);
    }
}
