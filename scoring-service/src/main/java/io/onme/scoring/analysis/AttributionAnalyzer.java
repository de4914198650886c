package io.onme.scoring.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The attribution analyser of the labelling guide ({@code docs/attribution-guide.md}): reads a
 * rep's reflection and decides OWNERSHIP, BLAME (with targets), HELPLESS, MIXED or NEUTRAL.
 *
 * <h2>Stages</h2>
 *
 * <ol>
 * <li>Rules ({@link RuleEngine}): tokens with exact UTF-16 offsets, Hebrew prefix chains, clauses
 * and their links, the language pack's lexicon cues (the tenant's phrases included), and the
 * guide's hard-case rules (negation, reported speech, consequences, taking on,
 * self-judgement, next actions).
 * <li>Features ({@link FeatureExtractor}): words, word pairs, character n-grams, negation and
 * first-person scopes, and the rules' cues and decisions — as features, not verdicts.
 * <li>Decisions ({@link AttributionModels}): a maximum-entropy model over the five stances, and
 * for a blaming text one yes/no model per target; {@code confidence} is the stance's
 * probability times the least certain target decision. Where a tenant's own phrase matched,
 * the rules' reading (which applies it) decides: the tenant defined that jargon.
 * <li>Evidence: each clause is read by the same models; the clauses that carry the decided stance
 * (and each decided target) are the evidence, narrowed to the rule's span where a rule found
 * the same thing inside. Negated, reported and consequence blame found by the rules are kept
 * as neutral evidence, to explain what was not counted.
 * <li>Reframes for each blaming span from the language pack's catalogue; the score below.
 * </ol>
 *
 * <h2>Ownership score (0–100)</h2>
 *
 * <pre>
 *   base by stance:  OWNERSHIP 80 · MIXED 50 · NEUTRAL 50 · BLAME 20 · HELPLESS 10
 *   + 5 for each ownership span after the first (at most +10)
 *   − 5 for each blame span after the first (at most −10)
 *   − 5 for each helpless span after the first (at most −10)
 *   + 10 when a concrete next action is stated (a remedy, or an intention with a time)
 *   clamped to 0..100
 * </pre>
 *
 * <p>
 * Thread-safe and total: the models and lexicons are immutable, each call works on its own
 * locals, and any string (or null) yields an analysis.
 */
public final class AttributionAnalyzer implements Analyzer {

    /**
     * Bumped whenever code changes any analysis (rules, features, decisions, evidence, score); the
     * models' id is appended, so retrained models change the version by themselves.
     */
    public static final String VERSION = "attrib-2.1.0";

    /** A clause counts as evidence of a stance when the models give it at least this much. */
    private static final double CLAUSE_EVIDENCE = 0.4;

    private final RuleEngine rules;
    /**
     * The trained models' feature rows by hash only and their weights in one table: the models as
     * read (feature names, separate weights) would double the analyser's heap and are not kept.
     */
    private final FeatureIndex features;

    private final FusedModels fused;
    private final double targetThreshold;
    private final ReframeCatalogue reframes;
    private final String version;

    public AttributionAnalyzer() {
        this(AttributionModels.bundled());
    }

    public AttributionAnalyzer(AttributionModels models) {
        this.rules = new RuleEngine();
        this.features = models.features().withoutNames();
        this.fused = new FusedModels(models);
        this.targetThreshold = models.targetThreshold();
        this.reframes = new ReframeCatalogue();
        this.version = VERSION + "+" + models.id();
    }

    @Override
    public String version() {
        return version;
    }

    /** The dominant script: Hebrew letters against Latin letters; English when neither. */
    public static Language detectLanguage(String text) {
        return RuleEngine.detectLanguage(text);
    }

    @Override
    public Analysis analyze(String text, Language language, List<TenantPhrase> tenantPhrases) {
        RuleReading r = rules.read(text, language, tenantPhrases);
        // each clause's features are looked up once; the text's rows are their union (as in
        // FeatureExtractor.ofText) plus the few text-level ones
        FeatureIndex.RowSet rowSet = new FeatureIndex.RowSet(features);
        int[][] clauseRows = FeatureExtractor.clauseRows(r, features, rowSet);
        Decision d = decide(r, clauseRows, rowSet);
        List<Evidence> evidence = evidence(r, d, new ClauseScores(clauseRows));
        List<Reframe> reframeList = reframes(r, d, evidence);
        return new Analysis(
                r.language(),
                d.stance,
                score(d.stance, evidence, r.nextAction()),
                List.copyOf(d.targets),
                evidence,
                reframeList,
                d.confidence,
                version);
    }

    private record Decision(Stance stance, Set<BlameTarget> targets, double confidence) {
    }

    private Decision decide(RuleReading r, int[][] clauseRows, FeatureIndex.RowSet rowSet) {
        if (r.words().isEmpty()) {
            return new Decision(
                    Stance.NEUTRAL,
                    EnumSet.noneOf(BlameTarget.class),
                    1.0); // no words, no explanation
        }
        if (tenantPhraseMatched(r)) {
            Analysis byRules = r.analysis();
            Set<BlameTarget> targets = EnumSet.noneOf(BlameTarget.class);
            targets.addAll(byRules.blameTargets());
            return new Decision(byRules.stance(), targets, 1.0);
        }
        int[] textRows = FeatureIndex.union(
                clauseRows,
                FeatureExtractor.textOnlyRows(r, features, rowSet),
                rowSet);
        FusedModels.Scores scores = fused.score(textRows);
        double[] p = scores.stance();
        int best = argmax(p);
        Stance stance = fused.stanceOf(best);
        double confidence = p[best];
        Set<BlameTarget> targets = EnumSet.noneOf(BlameTarget.class);
        if (blames(stance)) {
            double leastSure = 1.0;
            BlameTarget likeliest = null;
            double likeliestP = -1;
            for (BlameTarget t : BlameTarget.values()) {
                double pt = scores.blame(t);
                if (pt >= targetThreshold) {
                    targets.add(t);
                }
                if (pt > likeliestP) {
                    likeliestP = pt;
                    likeliest = t;
                }
                leastSure = Math.min(leastSure, Math.max(pt, 1 - pt));
            }
            if (targets.isEmpty()) {
                targets.add(likeliest); // a blaming text blames someone: the likeliest one
                leastSure = Math.min(leastSure, likeliestP);
            }
            confidence *= leastSure;
        }
        return new Decision(stance, targets, confidence);
    }

    private static boolean tenantPhraseMatched(RuleReading r) {
        for (Match m : r.statements()) {
            if (m.tenant()) {
                return true;
            }
        }
        return false;
    }

    private static boolean blames(Stance s) {
        return s == Stance.BLAME || s == Stance.MIXED;
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    // ---- evidence ----------------------------------------------------------------------------

    /** Each clause's model probabilities, computed when first asked for. */
    private final class ClauseScores {
        private final int[][] rows;
        private final FusedModels.Scores[] scores;

        ClauseScores(int[][] rows) {
            this.rows = rows;
            this.scores = new FusedModels.Scores[rows.length];
        }

        FusedModels.Scores of(int clause) {
            if (scores[clause] == null) {
                scores[clause] = fused.score(rows[clause]);
            }
            return scores[clause];
        }
    }

    private List<Evidence> evidence(RuleReading r, Decision d, ClauseScores clauseScores) {
        List<Stance> wanted = switch (d.stance) {
            case OWNERSHIP -> List.of(Stance.OWNERSHIP);
            case BLAME -> List.of(Stance.BLAME);
            case HELPLESS -> List.of(Stance.HELPLESS);
            case MIXED -> List.of(Stance.OWNERSHIP, Stance.BLAME);
            case NEUTRAL -> List.of();
        };
        List<Evidence> out = new ArrayList<>();
        for (Evidence e : r.analysis().evidence()) {
            if (e.stance() == Stance.NEUTRAL) {
                out.add(e); // negated, reported or consequence blame: says what was not counted
            }
        }
        List<Clause> clauses = FeatureExtractor.nonEmptyClauses(r);
        if (!wanted.isEmpty() && !clauses.isEmpty()) {
            double[][] clauseStance = new double[clauses.size()][];
            for (int c = 0; c < clauses.size(); c++) {
                clauseStance[c] = clauseScores.of(c).stance();
            }
            for (Stance s : wanted) {
                List<Integer> carrying = carrying(clauses.size(), clauseStance, s);
                for (int c : carrying) {
                    BlameTarget target = s == Stance.BLAME
                            ? likeliestTarget(clauseScores.of(c), d.targets)
                            : null;
                    out.add(span(r, clauses.get(c), s, target));
                }
                if (s == Stance.BLAME) {
                    coverEveryTarget(r, d, clauses, clauseScores, out);
                }
            }
        }
        return distinctSorted(out);
    }

    /**
     * The clauses that read as stance s (MIXED counts half for its two sides), else the likeliest
     * one.
     */
    private List<Integer> carrying(int n, double[][] clauseStance, Stance s) {
        int si = fused.stanceOutcome(s);
        int mixed = fused.stanceOutcome(Stance.MIXED);
        List<Integer> out = new ArrayList<>();
        int best = -1;
        double bestP = -1;
        for (int c = 0; c < n; c++) {
            double p = clauseStance[c][si] + (s == Stance.HELPLESS ? 0 : clauseStance[c][mixed] / 2);
            if (p >= CLAUSE_EVIDENCE) {
                out.add(c);
            }
            if (p > bestP) {
                bestP = p;
                best = c;
            }
        }
        if (out.isEmpty()) {
            out.add(best);
        }
        return out;
    }

    private static BlameTarget likeliestTarget(FusedModels.Scores scores, Set<BlameTarget> among) {
        BlameTarget best = null;
        double bestP = -1;
        for (BlameTarget t : among) {
            double p = scores.blame(t);
            if (p > bestP) {
                bestP = p;
                best = t;
            }
        }
        return best;
    }

    /** Every decided target gets a span: the clause where its model is surest. */
    private void coverEveryTarget(
            RuleReading r,
            Decision d,
            List<Clause> clauses,
            ClauseScores clauseScores,
            List<Evidence> out) {
        Set<BlameTarget> covered = EnumSet.noneOf(BlameTarget.class);
        for (Evidence e : out) {
            if (e.target() != null) {
                covered.add(e.target());
            }
        }
        for (BlameTarget t : d.targets) {
            if (covered.contains(t)) {
                continue;
            }
            int best = 0;
            double bestP = -1;
            for (int c = 0; c < clauses.size(); c++) {
                double p = clauseScores.of(c).blame(t);
                if (p > bestP) {
                    bestP = p;
                    best = c;
                }
            }
            out.add(span(r, clauses.get(best), Stance.BLAME, t));
        }
    }

    /**
     * The rule's own span inside the clause when a rule found the same reading there, else the
     * clause.
     */
    private static Evidence span(RuleReading r, Clause clause, Stance stance, BlameTarget target) {
        int start = r.words().get(clause.from()).start();
        int end = r.words().get(clause.to() - 1).end();
        for (Evidence e : r.analysis().evidence()) {
            if (e.start() >= start
                    && e.end() <= end
                    && e.stance() == stance
                    && e.target() == target) {
                return e;
            }
        }
        String rule = "model:"
                + stance.name().toLowerCase(java.util.Locale.ROOT)
                + (target == null
                        ? ""
                        : "/" + target.name().toLowerCase(java.util.Locale.ROOT));
        return new Evidence(start, end, r.text().substring(start, end), stance, target, rule);
    }

    private static List<Evidence> distinctSorted(List<Evidence> in) {
        Set<String> seen = new HashSet<>();
        List<Evidence> out = new ArrayList<>(in.size());
        for (Evidence e : in) {
            if (seen.add(e.start() + ":" + e.end() + ":" + e.stance() + ":" + e.target())) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparingInt(Evidence::start).thenComparingInt(Evidence::end));
        return out;
    }

    // ---- reframes and score ------------------------------------------------------------------

    private List<Reframe> reframes(RuleReading r, Decision d, List<Evidence> evidence) {
        if (!blames(d.stance)) {
            return List.of();
        }
        List<Reframe> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Evidence e : evidence) {
            if (e.stance() != Stance.BLAME || e.target() == null) {
                continue;
            }
            String original = clauseText(r, e);
            if (seen.add(e.target().name() + '\u0000' + original)) {
                out.add(
                        new Reframe(
                                original,
                                reframes.suggest(e.target(), themeOf(r, e), r.language(), original),
                                e.target()));
            }
        }
        return out;
    }

    /** The whole clause around a span: what the rep would rewrite. */
    private static String clauseText(RuleReading r, Evidence e) {
        for (Clause c : r.clauses()) {
            if (c.to() > c.from()) {
                int start = r.words().get(c.from()).start();
                int end = r.words().get(c.to() - 1).end();
                if (start <= e.start() && e.end() <= end) {
                    return r.text().substring(start, end);
                }
            }
        }
        return e.text();
    }

    /** The lexicon theme of the rule behind a span ("a customer who does not listen"), if any. */
    private static String themeOf(RuleReading r, Evidence e) {
        for (Match m : r.statements()) {
            if (r.words().get(m.from()).start() == e.start() && m.pattern().target == e.target()) {
                return m.pattern().theme;
            }
        }
        return null;
    }

    private static int score(Stance stance, List<Evidence> evidence, boolean nextAction) {
        int ownership = 0;
        int blame = 0;
        int helpless = 0;
        for (Evidence e : evidence) {
            switch (e.stance()) {
                case OWNERSHIP -> ownership++;
                case BLAME -> blame++;
                case HELPLESS -> helpless++;
                default -> {
                }
            }
        }
        return RuleEngine.score(stance, ownership, blame, helpless, nextAction);
    }
}
