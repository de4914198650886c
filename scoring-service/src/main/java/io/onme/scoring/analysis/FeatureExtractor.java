package io.onme.scoring.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The feature stage: turns a {@link RuleReading} (a whole text, or one clause of it) into the
 * feature names the trained models weigh. Language-neutral: every word list it relies on comes from
 * the language pack through the rule stage's cues.
 *
 * <ul>
 * <li>{@code w:} words, {@code b:} word pairs inside a clause;
 * <li>{@code c:} character 4-grams of each word with its edges marked, which carry Hebrew
 * prefixes ("וההנהלה" shares "הנהלה" with "ההנהלה") and spelling variants and typos;
 * <li>{@code n:} words inside a negation's scope, {@code i:} words of a clause whose subject is
 * the rep ("I", "we", a first-person verb) — so "didn't ask" after "I" and after "he" differ;
 * <li>{@code R:}/{@code A:} the lexicon's statement and auxiliary cues (with their target), among
 * them the actors of each blame target; {@code An:}/{@code As:} an actor inside a negation's
 * scope or opening its clause, {@code Ai:}/{@code Ao:} in the rep's own clause or another's,
 * {@code Ax:} in a clause with a negative predicate or a blame cue; {@code E:}/{@code P:} the
 * rules' evidence (stance, target, and the rule family, which names negated, reported and
 * consequence blame), and for a whole text {@code V:} the rules' own verdict and {@code NA} a
 * concrete next action.
 * </ul>
 */
final class FeatureExtractor {

    /**
     * Character n-grams of this length: 4-grams carried as much across writers as 3- to 5-grams
     * together (leave-writers-out, training writers only) at a third of the features.
     */
    private static final int CHAR_GRAM = 4;

    /** Words after a negator that fall in its scope (within the clause). */
    private static final int NEGATION_SCOPE = 4;

    private FeatureExtractor() {
    }

    /** Features of the whole text. */
    static List<String> ofText(RuleReading reading) {
        return ofText(reading, ofClauses(reading));
    }

    /**
     * Features of the whole text from its clauses' features: every word, cue and rule span lies in
     * one clause, so the text's features are theirs together plus the text's own (language, length,
     * the rules' verdict, a next action).
     */
    static List<String> ofText(RuleReading reading, List<List<String>> clauseFeatures) {
        Set<String> out = new HashSet<>(256);
        for (List<String> c : clauseFeatures) {
            out.addAll(c);
        }
        out.addAll(ofTextOnly(reading));
        return new ArrayList<>(out);
    }

    /**
     * The features of the text as a whole, which no clause has: language, length, the rules'
     * verdict.
     */
    static List<String> ofTextOnly(RuleReading reading) {
        FeatureSink.Names out = new FeatureSink.Names();
        textOnly(reading, out);
        return out.toList();
    }

    /** The rows of {@link #ofTextOnly} in an index, without building the names. */
    static int[] textOnlyRows(RuleReading reading, FeatureIndex index, FeatureIndex.RowSet set) {
        FeatureSink.Rows out = new FeatureSink.Rows(index, set);
        textOnly(reading, out);
        return out.toRows();
    }

    private static void textOnly(RuleReading reading, FeatureSink out) {
        String length = lengthBucket(reading.words().size());
        out.add("L:", reading.language().name());
        out.add("len:", length);
        out.add("V:", reading.analysis().stance().name());
        // the rules read short, explicit notes far better than long ones: let the models learn how
        // much
        out.add("VL:", reading.analysis().stance().name(), '|', length);
        for (BlameTarget t : reading.analysis().blameTargets()) {
            out.add("VT:", t.name());
        }
        if (reading.nextAction()) {
            out.add("NA", "");
        }
    }

    /** The features of each clause with words, in order (see {@link #nonEmptyClauses}). */
    static List<List<String>> ofClauses(RuleReading reading) {
        List<Clause> clauses = nonEmptyClauses(reading);
        List<List<String>> out = new ArrayList<>(clauses.size());
        for (Clause c : clauses) {
            FeatureSink.Names names = new FeatureSink.Names();
            ofClause(reading, c, names);
            out.add(names.toList());
        }
        return out;
    }

    /**
     * The rows of {@link #ofClauses} in an index, clause by clause, each ascending, without
     * building the names.
     */
    static int[][] clauseRows(RuleReading reading, FeatureIndex index, FeatureIndex.RowSet set) {
        List<Clause> clauses = nonEmptyClauses(reading);
        int[][] out = new int[clauses.size()][];
        FeatureSink.Rows rows = new FeatureSink.Rows(index, set);
        for (int c = 0; c < out.length; c++) {
            ofClause(reading, clauses.get(c), rows);
            out[c] = rows.toRows();
        }
        return out;
    }

    static List<Clause> nonEmptyClauses(RuleReading reading) {
        List<Clause> out = new ArrayList<>(reading.clauses().size());
        for (Clause c : reading.clauses()) {
            if (c.to() > c.from()) {
                out.add(c);
            }
        }
        return out;
    }

    /** Features of one clause, for locating the evidence of a decision. */
    private static void ofClause(RuleReading reading, Clause clause, FeatureSink out) {
        out.add("L:", reading.language().name());
        addWords(reading, clause.from(), clause.to(), out);
        addCues(reading, clause.from(), clause.to(), out);
        addEvidence(
                reading,
                reading.words().get(clause.from()).start(),
                reading.words().get(clause.to() - 1).end(),
                out);
    }

    private static String lengthBucket(int words) {
        if (words < 8) {
            return "xs";
        }
        if (words < 20) {
            return "s";
        }
        if (words < 60) {
            return "m";
        }
        return words < 150 ? "l" : "xl";
    }

    private static void addWords(RuleReading r, int from, int to, FeatureSink out) {
        List<Token> words = r.words();
        boolean[] negated = new boolean[to - from];
        boolean[] firstPerson = new boolean[to - from];
        for (Clause cl : r.clauses()) {
            if (cl.to() <= from || cl.from() >= to) {
                continue;
            }
            boolean fp = false;
            for (Match a : r.aux()) {
                if (a.from() >= cl.from() && a.from() < cl.to()) {
                    if (a.cue() == Cue.FIRST_PERSON) {
                        fp = true;
                    } else if (a.cue() == Cue.NEGATOR) {
                        for (int w = a.to(); w < Math.min(cl.to(), a.to() + NEGATION_SCOPE); w++) {
                            if (w >= from && w < to) {
                                negated[w - from] = true;
                            }
                        }
                    }
                }
            }
            for (int w = cl.from(); w < cl.to() && !fp; w++) {
                fp = r.language() == Language.HE
                        && HebrewMorphology.isFirstPersonPast(words.get(w).norm());
            }
            if (fp) {
                for (int w = Math.max(cl.from(), from); w < Math.min(cl.to(), to); w++) {
                    firstPerson[w - from] = true;
                }
            }
        }
        addActorRoles(r, from, to, negated, firstPerson, out);
        int clauseIndex = 0;
        List<Clause> clauses = r.clauses();
        String previous = null;
        for (int w = from; w < to; w++) {
            while (clauseIndex < clauses.size() && clauses.get(clauseIndex).to() <= w) {
                clauseIndex++;
                previous = null;
            }
            String norm = words.get(w).norm();
            out.add("w:", norm);
            if (negated[w - from]) {
                out.add("n:", norm);
            }
            if (firstPerson[w - from]) {
                out.add("i:", norm);
            }
            if (previous != null) {
                out.add("b:", previous, '_', norm);
            }
            previous = norm;
            addCharGrams(norm, out);
        }
    }

    /**
     * Where an actor of a blame target stands: inside a negation's scope ("it wasn't the price") or
     * opening its clause, as its likely subject ("the warehouse shipped…").
     */
    private static void addActorRoles(
            RuleReading r,
            int from,
            int to,
            boolean[] negated,
            boolean[] firstPerson,
            FeatureSink out) {
        for (Match m : r.aux()) {
            BlameTarget t = m.pattern().target;
            if ((m.cue() != Cue.ACTOR && m.cue() != Cue.ENTITY)
                    || t == null
                    || m.from() < from
                    || m.from() >= to) {
                continue;
            }
            if (negated[m.from() - from]) {
                out.add("An:", t.name());
            }
            // an actor in the rep's own clause ("I never asked the buyer") is the object of the
            // rep's act; in another's clause it is a likelier cause
            out.add(firstPerson[m.from() - from] ? "Ai:" : "Ao:", t.name());
            for (Clause cl : r.clauses()) {
                if (m.from() >= cl.from() && m.from() < cl.to()) {
                    if (m.from() - cl.from() < 3) {
                        out.add("As:", t.name());
                    }
                    if (clauseHas(r, cl, Cue.NEGATIVE) || clauseHas(r, cl, Cue.BLAME)) {
                        out.add("Ax:", t.name());
                    }
                }
            }
        }
    }

    private static boolean clauseHas(RuleReading r, Clause cl, Cue cue) {
        for (Match m : r.aux()) {
            if (m.cue() == cue && m.from() >= cl.from() && m.from() < cl.to()) {
                return true;
            }
        }
        for (Match m : r.statements()) {
            if (m.cue() == cue && m.from() >= cl.from() && m.from() < cl.to()) {
                return true;
            }
        }
        return false;
    }

    private static void addCharGrams(String norm, FeatureSink out) {
        if (norm.length() < 2) {
            return;
        }
        String padded = '^' + norm + '$';
        for (int i = 0; i + CHAR_GRAM <= padded.length(); i++) {
            out.addSlice("c:", padded, i, i + CHAR_GRAM);
        }
    }

    private static void addCues(RuleReading r, int from, int to, FeatureSink out) {
        for (Match m : r.statements()) {
            if (m.from() >= from && m.from() < to) {
                addCue("R:", m, out);
            }
        }
        for (Match m : r.aux()) {
            if (m.from() >= from && m.from() < to) {
                addCue("A:", m, out);
            }
        }
    }

    private static void addCue(String prefix, Match m, FeatureSink out) {
        BlameTarget t = m.pattern().target;
        if (t == null) {
            out.add(prefix, m.cue().name());
        } else {
            out.add(prefix, m.cue().name(), ':', t.name());
        }
    }

    private static void addEvidence(RuleReading r, int start, int end, FeatureSink out) {
        for (Evidence e : r.analysis().evidence()) {
            if (e.start() >= start && e.start() < end) {
                if (e.target() == null) {
                    out.add("E:", e.stance().name());
                } else {
                    out.add("E:", e.stance().name(), ':', e.target().name());
                }
                String rule = e.rule();
                int colon = rule.indexOf(':');
                out.addSlice("P:", rule, 0, colon < 0 ? rule.length() : colon);
            }
        }
    }
}
