package io.onme.scoring.analysis;

/** Test access to the rule stage from other packages' tests. */
public final class RuleStage {

    private RuleStage() {
    }

    public static Analyzer analyzer() {
        return new RuleEngine();
    }
}
