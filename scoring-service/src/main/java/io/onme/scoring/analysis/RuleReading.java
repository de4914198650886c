package io.onme.scoring.analysis;

import java.util.List;

/**
 * What the rule stage saw in one text: the words (with exact UTF-16 offsets), the clauses over
 * them, every lexicon cue that matched (statements and auxiliary cues, tenant phrases included),
 * whether a concrete next action was stated, and the rules' own verdict. The feature stage reads
 * all of it; nothing here is final.
 */
record RuleReading(
        String text,
        Language language,
        Analysis analysis,
        List<Token> words,
        List<Clause> clauses,
        List<Match> statements,
        List<Match> aux,
        boolean nextAction) {
}
