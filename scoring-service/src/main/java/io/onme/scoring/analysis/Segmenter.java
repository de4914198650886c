package io.onme.scoring.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the token stream into sentences and clauses. Punctuation breaks clauses and sentences;
 * connectors open a new clause and say how it relates to the previous one: contrast (but, although,
 * still, אבל, אך, ובכל זאת) and causal (because, בגלל, כי; so, therefore, ולכן, אז).
 */
final class Segmenter {

    static final Set<String> CONTRAST = LanguagePack.words("contrast");

    /** Contrast only at the start of a clause ("still, I talked too much"). */
    static final Set<String> CONTRAST_AT_START = LanguagePack.words("contrast-at-start");

    /** Two-word contrasts that count anywhere ("ובכל זאת"). */
    private static final List<List<String>> CONTRAST_ANYWHERE = LanguagePack.phrases("contrast-anywhere");

    static final Set<String> CAUSE = LanguagePack.words("cause");

    /** Cause connectors that count only before a given word ("due" + "to"). */
    private static final java.util.Map<String, String> CAUSE_NEEDS_NEXT = needsNext();

    static final Set<String> RESULT = LanguagePack.words("result");

    /**
     * Like "so": a connector only opening a clause or before one of {@link #AFTER_SO}, not in "so
     * expensive".
     */
    static final Set<String> SO = LanguagePack.words("so");

    static final Set<String> AFTER_SO = LanguagePack.words("after-so");

    /**
     * After a cause connector these point back, so what follows is the consequence ("because of
     * that").
     */
    private static final List<List<String>> POINTS_BACK = LanguagePack.phrases("points-back");

    private static final Set<String> CLAUSE_FILLERS = LanguagePack.words("clause-fillers");
    private static final Set<String> PLAIN_NEGATORS = LanguagePack.words("plain-negators");
    private static final Set<String> CONNECTOR_PREFIXES = LanguagePack.words("connector-prefixes");

    static final Set<String> ALL = union();

    private static java.util.Map<String, String> needsNext() {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (List<String> pair : LanguagePack.phrases("cause-needs-next")) {
            m.put(pair.get(0), pair.get(1));
        }
        return java.util.Map.copyOf(m);
    }

    private static Set<String> union() {
        java.util.HashSet<String> s = new java.util.HashSet<>();
        s.addAll(CONTRAST);
        s.addAll(CONTRAST_AT_START);
        s.addAll(CAUSE);
        s.addAll(RESULT);
        s.addAll(SO);
        for (List<String> phrase : CONTRAST_ANYWHERE) {
            s.addAll(phrase);
        }
        return Set.copyOf(s);
    }

    private Segmenter() {
    }

    /**
     * @param tokens all tokens
     * @param forms normalised candidate forms per word (same order as words)
     * @return the clauses over word positions
     */
    static List<Clause> segment(List<Token> tokens, List<String[]> forms) {
        List<Clause> clauses = new ArrayList<>();
        int sentence = 0;
        int clauseStart = 0;
        Clause.Link link = Clause.Link.NONE;
        boolean atClauseStart = true;
        int w = 0;
        for (Token t : tokens) {
            if (!t.isWord()) {
                if (w > clauseStart) {
                    clauses.add(new Clause(clauseStart, w, sentence, link));
                }
                clauseStart = w;
                link = Clause.Link.NONE;
                atClauseStart = true;
                if (t.kind() == Token.Kind.SENTENCE_BREAK) {
                    sentence++;
                }
                continue;
            }
            String[] f = forms.get(w);
            Clause.Link opens = connector(f, atClauseStart, w, forms);
            if (opens != null
                    && !atClauseStart
                    && (negatorAt(forms, w - 1, clauseStart)
                            || negatorAt(forms, w - 2, clauseStart))) {
                opens = null; // "not because of the price" stays one clause, so the negation scopes
                // over it
            }
            if (opens != null) {
                if (w > clauseStart && !onlyConjunctions(forms, clauseStart, w)) {
                    clauses.add(new Clause(clauseStart, w, sentence, link));
                    clauseStart = w;
                    link = opens;
                } else if (link == Clause.Link.NONE) {
                    link = opens;
                }
            }
            atClauseStart = false;
            w++;
        }
        if (w > clauseStart) {
            clauses.add(new Clause(clauseStart, w, sentence, link));
        }
        return clauses;
    }

    private static boolean onlyConjunctions(List<String[]> forms, int from, int to) {
        for (int i = from; i < to; i++) {
            String n = forms.get(i)[0];
            if (!CLAUSE_FILLERS.contains(n)) {
                return false;
            }
        }
        return true;
    }

    private static final int CONTRAST_WORD = 1;
    private static final int CONTRAST_START_WORD = 2;
    private static final int CAUSE_WORD = 3;
    private static final int RESULT_WORD = 4;
    private static final int SO_WORD = 5;
    private static final int CONTRAST_PHRASE_WORD = 6;
    private static final java.util.Map<String, Integer> KIND = kinds();

    private static java.util.Map<String, Integer> kinds() {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        CONTRAST.forEach(w -> m.put(w, CONTRAST_WORD));
        CONTRAST_AT_START.forEach(w -> m.put(w, CONTRAST_START_WORD));
        CAUSE.forEach(w -> m.put(w, CAUSE_WORD));
        RESULT.forEach(w -> m.put(w, RESULT_WORD));
        SO.forEach(w -> m.put(w, SO_WORD));
        CONTRAST_ANYWHERE.forEach(phrase -> m.put(phrase.get(0), CONTRAST_PHRASE_WORD));
        return java.util.Map.copyOf(m);
    }

    private static Clause.Link connector(
            String[] forms, boolean atStart, int w, List<String[]> allForms) {
        // connectors are read on the surface form or after a conjunction prefix only ("ולכן",
        // "ובגלל"), so that "מאז" (since) is never read as "אז" (so)
        String surface = forms[0];
        Clause.Link link = connectorWord(surface, atStart, w, allForms);
        for (String prefix : CONNECTOR_PREFIXES) {
            if (link == null
                    && surface.length() > prefix.length() + 1
                    && surface.startsWith(prefix)) {
                link = connectorWord(surface.substring(prefix.length()), atStart, w, allForms);
            }
        }
        return link;
    }

    private static Clause.Link connectorWord(
            String f, boolean atStart, int w, List<String[]> allForms) {
        Integer kind = KIND.get(f);
        if (kind == null) {
            return null;
        }
        switch (kind) {
            case CONTRAST_WORD:
                return Clause.Link.CONTRAST;
            case CONTRAST_PHRASE_WORD:
                for (List<String> phrase : CONTRAST_ANYWHERE) {
                    if (phrase.get(0).equals(f)
                            && followedBy(allForms, w, phrase.subList(1, phrase.size()))) {
                        return Clause.Link.CONTRAST; // "ובכל זאת" anywhere
                    }
                }
                return null;
            case CONTRAST_START_WORD:
                return atStart ? Clause.Link.CONTRAST : null; // "still" only opening a clause
            case CAUSE_WORD:
                String next = CAUSE_NEEDS_NEXT.get(f);
                if (next != null && !nextIs(allForms, w, next)) {
                    return null;
                }
                // "because of that" / "בגלל זה" points back: what follows is the consequence
                for (List<String> back : POINTS_BACK) {
                    if (followedBy(allForms, w, back)) {
                        return Clause.Link.RESULT;
                    }
                }
                return Clause.Link.CAUSE;
            case RESULT_WORD:
                return Clause.Link.RESULT;
            default:
                return atStart
                        || (w + 1 < allForms.size()
                                && AFTER_SO.contains(allForms.get(w + 1)[0]))
                                        ? Clause.Link.RESULT
                                        : null;
        }
    }

    private static boolean negatorAt(List<String[]> forms, int w, int clauseStart) {
        return w >= clauseStart && w >= 0 && isNegator(forms.get(w));
    }

    private static boolean isNegator(String[] forms) {
        for (String f : forms) {
            if (PLAIN_NEGATORS.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** The words after w are these, in order. */
    private static boolean followedBy(List<String[]> forms, int w, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!nextIs(forms, w + k, words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean nextIs(List<String[]> forms, int w, String word) {
        if (w + 1 >= forms.size()) {
            return false;
        }
        for (String f : forms.get(w + 1)) {
            if (f.equals(word)) {
                return true;
            }
        }
        return false;
    }
}
