package io.onme.scoring.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the token stream into sentences and clauses. Punctuation breaks clauses and
 * sentences; connectors open a new clause and say how it relates to the previous one:
 * contrast (but, although, still, אבל, אך, ובכל זאת) and causal (because, בגלל, כי; so,
 * therefore, ולכן, אז).
 */
final class Segmenter {

    static final Set<String> CONTRAST = Tokenizer.normalizedSet("but", "although", "though", "however", "nevertheless",
            "nonetheless", "whereas", "אבל", "אך", "אולם", "למרות", "ברם", "מנגד");
    /** Contrast only at the start of a clause ("still, I talked too much"). */
    static final Set<String> CONTRAST_AT_START = Tokenizer.normalizedSet("still", "yet", "anyway", "בכל", "עדיין", "ועדיין");
    static final Set<String> CAUSE = Tokenizer.normalizedSet("because", "cause", "coz", "due", "בגלל", "כי", "מכיוון", "משום",
            "עקב", "בשל", "היות", "מאחר", "בעקבות");
    static final Set<String> RESULT = Tokenizer.normalizedSet("therefore", "thus", "hence", "consequently", "לכן", "אז", "לפיכך",
            "כתוצאה");
    /** "so" is a connector only before a subject or determiner, not in "so expensive". */
    static final Set<String> AFTER_SO = Tokenizer.normalizedSet("i", "we", "they", "he", "she", "it", "the", "there", "our", "my",
            "that", "nobody", "no", "now", "in", "this", "his", "her", "their", "you", "a");

    static final Set<String> ALL = union();

    private static Set<String> union() {
        java.util.HashSet<String> s = new java.util.HashSet<>();
        s.addAll(CONTRAST);
        s.addAll(CONTRAST_AT_START);
        s.addAll(CAUSE);
        s.addAll(RESULT);
        s.add("so");
        s.add("זאת");
        return Set.copyOf(s);
    }

    private Segmenter() {
    }

    /**
     * @param tokens     all tokens
     * @param forms      normalised candidate forms per word (same order as words)
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
            if (opens != null && !atClauseStart && (negatorAt(forms, w - 1, clauseStart) || negatorAt(forms, w - 2, clauseStart))) {
                opens = null; // "not because of the price" stays one clause, so the negation scopes over it
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
            if (!n.equals("and") && !n.equals("ו") && !n.equals("but") && !n.equals("that") && !n.equals("is")) {
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
    private static final java.util.Map<String, Integer> KIND = kinds();

    private static java.util.Map<String, Integer> kinds() {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        CONTRAST.forEach(w -> m.put(w, CONTRAST_WORD));
        CONTRAST_AT_START.forEach(w -> m.put(w, CONTRAST_START_WORD));
        CAUSE.forEach(w -> m.put(w, CAUSE_WORD));
        RESULT.forEach(w -> m.put(w, RESULT_WORD));
        m.put("so", SO_WORD);
        return java.util.Map.copyOf(m);
    }

    private static Clause.Link connector(String[] forms, boolean atStart, int w, List<String[]> allForms) {
        // connectors are read on the surface form or after a conjunctive ו only ("ולכן", "ובגלל"),
        // so that "מאז" (since) is never read as "אז" (so)
        String surface = forms[0];
        Clause.Link link = connectorWord(surface, atStart, w, allForms);
        if (link == null && surface.length() > 2 && surface.charAt(0) == 'ו') {
            link = connectorWord(surface.substring(1), atStart, w, allForms);
        }
        return link;
    }

    private static Clause.Link connectorWord(String f, boolean atStart, int w, List<String[]> allForms) {
        Integer kind = KIND.get(f);
        if (kind == null) {
            return null;
        }
        switch (kind) {
            case CONTRAST_WORD:
                return Clause.Link.CONTRAST;
            case CONTRAST_START_WORD:
                if (f.equals("בכל")) {
                    return nextIs(allForms, w, "זאת") ? Clause.Link.CONTRAST : null; // "ובכל זאת" anywhere
                }
                return atStart ? Clause.Link.CONTRAST : null; // "still" only opening a clause
            case CAUSE_WORD:
                if (f.equals("due") && !nextIs(allForms, w, "to")) {
                    return null;
                }
                // "because of that" / "בגלל זה" points back: what follows is the consequence
                if (nextIs(allForms, w, "זה") || nextIs(allForms, w, "זאת")
                        || (nextIs(allForms, w, "of") && (nextIs(allForms, w + 1, "that") || nextIs(allForms, w + 1, "this")))) {
                    return Clause.Link.RESULT;
                }
                return Clause.Link.CAUSE;
            case RESULT_WORD:
                return Clause.Link.RESULT;
            default:
                return atStart || (w + 1 < allForms.size() && AFTER_SO.contains(allForms.get(w + 1)[0]))
                        ? Clause.Link.RESULT : null;
        }
    }

    private static boolean negatorAt(List<String[]> forms, int w, int clauseStart) {
        return w >= clauseStart && w >= 0 && isNegator(forms.get(w));
    }

    private static boolean isNegator(String[] forms) {
        for (String f : forms) {
            if (f.equals("not") || f.equals("לא") || f.equals("never")) {
                return true;
            }
        }
        return false;
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
