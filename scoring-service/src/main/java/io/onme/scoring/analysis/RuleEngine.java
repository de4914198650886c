package io.onme.scoring.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rule stage of the attribution analyser: a lexicon of token patterns in Hebrew and English,
 * clause segmentation, and explicit rules for the guide's hard cases. Its reading is not the
 * verdict: {@link AttributionAnalyzer} turns its cues and rule decisions into features ({@link
 * RuleReading}) for the trained models, which decide.
 *
 * <h2>Pipeline</h2>
 *
 * <ol>
 * <li>Language: the given one, else the dominant script (Hebrew vs Latin letters).
 * <li>{@link Tokenizer}: one linear scan with exact UTF-16 offsets and normalised forms.
 * <li>{@link HebrewMorphology}: each Hebrew word also gets its remainders after legal prefix
 * chains, only when the remainder is a form the lexicon knows.
 * <li>{@link Segmenter}: sentences, clauses and their links (contrast, cause, result).
 * <li>Matching: the built-in {@link BuiltInLexicon} and, for this call only, the tenant's
 * phrases. Overlapping statement cues are resolved longest-first (tenant phrases win).
 * <li>Rules: blame is an explicit blame cue, or an entity (management, shipping, price…) with a
 * negative predicate in the same clause. Blame is dropped when negated ("it wasn't the
 * price"), when it only reports someone else ("he says we're too expensive") unless the rep
 * adopts it ("…and frankly we are"), and when it sits in a consequence clause ("so they went
 * to a competitor"). A management or operations agent names the target even when the clause
 * is about prices.
 * <li>Stance: stable global self-judgement without a way to change → HELPLESS; blame and
 * ownership together → MIXED when the blame is offered as a cause (causal connector or
 * "that's what sank the deal") or the ownership is shared ("I also", "half is mine"),
 * otherwise the obstacle is taken on → OWNERSHIP; blame alone → BLAME; ownership alone →
 * OWNERSHIP; nothing → NEUTRAL (a plain schedule is not ownership). Credit for a success is
 * ownership when the text reports a success and the rep's own deliberate act or insight ("I
 * prepared…", "התעקשתי", "הבנתי ש…"), or when a result is credited to an act of the rep
 * ("…and that's what worked", "the pilot I offered removed his worry"); routine acts ("sent a
 * quote and they accepted") earn nothing. Denial of agency ("nothing I could have done", "לא
 * הייתה לי שום דרך") is never ownership: next to an external cause the text is BLAME.
 * </ol>
 *
 * <h2>Ownership score (0–100)</h2>
 *
 * <pre>
 *   base by stance:  OWNERSHIP 80 · MIXED 50 · NEUTRAL 50 · BLAME 20 · HELPLESS 10
 *   + 5 for each ownership statement after the first (at most +10)
 *   − 5 for each blame statement after the first (at most −10)
 *   − 5 for each helpless statement after the first (at most −10)
 *   + 10 when a concrete next action is stated (a remedy, or an intention with a time)
 *   clamped to 0..100
 * </pre>
 *
 * <p>
 * Thread-safe: all state is immutable and built in the constructor; each call works on its own
 * locals. Total: any string (or null) yields an analysis; no regular expressions are used on the
 * input and every loop is bounded by the input length times a small constant.
 */
final class RuleEngine implements Analyzer {

    /**
     * The rule stage's own version: part of the analyser's version, since features depend on it.
     */
    static final String VERSION = "rules-1.6.0";

    private static final Set<String> CUSTOMER_POSSESSIVE_BEFORE = LanguagePack.words("customer-possessive-before");
    private static final Set<String> CUSTOMER_POSSESSIVE_AFTER = LanguagePack.words("customer-possessive-after");

    /** Verbs that report the customer's reaction (an outcome), not a cause. */
    private static final Set<String> OUTCOME_WORDS = LanguagePack.words("outcome-words");

    /** Theme of patterns that count only after a first-person subject in the clause. */
    static final String FIRST_PERSON_THEME = "first-person";

    /** Theme of customer entities that are the customer's history ("their previous vendor"). */
    static final String CUSTOMER_HISTORY = "CUSTOMER_HISTORY";

    private static final Set<String> FIRST_PERSON_SUBJECT = LanguagePack.words("first-person-subject");
    private static final Set<String> FIRST_PERSON_SINGULAR = LanguagePack.words("first-person-singular");
    private static final Set<String> ACT_NEGATORS = LanguagePack.words("act-negators");

    /** "because of …", "due to …", "בגלל …": the cause is a thing, not a clause. */
    private static final Set<String> CAUSE_PREPOSITIONS = LanguagePack.words("cause-prepositions");

    private static final List<List<String>> CAUSE_PREPOSITION_PHRASES = LanguagePack.phrases("cause-prepositions");

    private final Lexicon lexicon;
    private final ReframeCatalogue reframes;

    RuleEngine() {
        this.lexicon = new Lexicon(PackLexicon.patterns());
        this.reframes = new ReframeCatalogue();
    }

    @Override
    public String version() {
        return VERSION;
    }

    /** The rules' own verdict (kept for tests of the rules and as a baseline). */
    @Override
    public Analysis analyze(String text, Language language, List<TenantPhrase> tenantPhrases) {
        return read(text, language, tenantPhrases).analysis();
    }

    /** Everything the rules saw: tokens, clauses, cues and their verdict. */
    RuleReading read(String text, Language language, List<TenantPhrase> tenantPhrases) {
        String input = text == null ? "" : text;
        Language lang = language != null ? language : detectLanguage(input);
        List<TenantPhrase> phrases = tenantPhrases == null ? List.of() : tenantPhrases;
        return new Run(input, lang, tenantLexicon(phrases, lang)).analyze();
    }

    /** The dominant script: Hebrew letters against Latin letters; English when neither. */
    public static Language detectLanguage(String text) {
        int hebrew = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u05D0' && c <= '\u05EA') {
                hebrew++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        return hebrew > latin || (hebrew > 0 && hebrew == latin) ? Language.HE : Language.EN;
    }

    private Lexicon tenantLexicon(List<TenantPhrase> phrases, Language lang) {
        if (phrases.isEmpty()) {
            return null;
        }
        List<Pattern> patterns = new ArrayList<>();
        for (TenantPhrase tp : phrases) {
            if (tp == null || tp.phrase() == null || tp.stance() == null) {
                continue;
            }
            if (tp.language() != null && tp.language() != lang) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (Token t : Tokenizer.tokenize(tp.phrase())) {
                if (t.isWord()) {
                    words.add(t.norm());
                }
            }
            if (words.isEmpty() || words.size() > 12) {
                continue;
            }
            String rule = "tenant:" + tp.phrase().strip();
            switch (tp.stance()) {
                case BLAME -> patterns.add(Pattern.literal(words, Cue.BLAME, tp.target(), rule));
                case OWNERSHIP ->
                    patterns.add(Pattern.literal(words, Cue.RESPONSIBILITY, null, rule));
                case HELPLESS -> patterns.add(Pattern.literal(words, Cue.HELPLESS, null, rule));
                case NEUTRAL -> patterns.add(Pattern.literal(words, Cue.NEUTRALIZER, null, rule));
                // a MIXED phrase names an external cause; the text is MIXED when the rep also owns
                // a part
                case MIXED -> patterns.add(Pattern.literal(words, Cue.BLAME, tp.target(), rule));
            }
        }
        return patterns.isEmpty() ? null : new Lexicon(patterns);
    }

    /**
     * The ownership score (0–100): a base per stance, moved by repeated evidence of each kind and
     * by a concrete next action. The one formula for the rules and the trained analyser.
     */
    static int score(Stance stance, int ownership, int blame, int helpless, boolean nextAction) {
        int score = switch (stance) {
            case OWNERSHIP -> 80;
            case MIXED, NEUTRAL -> 50;
            case BLAME -> 20;
            case HELPLESS -> 10;
        };
        score += Math.min(10, 5 * Math.max(0, ownership - 1));
        score -= Math.min(10, 5 * Math.max(0, blame - 1));
        score -= Math.min(10, 5 * Math.max(0, helpless - 1));
        if (nextAction) {
            score += 10;
        }
        return Math.max(0, Math.min(100, score));
    }

    /** Tenant phrases first, then longer matches, then higher priority, then earlier. */
    private static final Comparator<Match> PRECEDENCE = (a, b) -> {
        if (a.tenant() != b.tenant()) {
            return a.tenant() ? -1 : 1;
        }
        if (a.length() != b.length()) {
            return Integer.compare(b.length(), a.length());
        }
        if (a.pattern().priority != b.pattern().priority) {
            return Integer.compare(b.pattern().priority, a.pattern().priority);
        }
        return Integer.compare(a.from(), b.from());
    };

    private static final Comparator<Match> BY_POSITION = Comparator.comparingInt(Match::from);

    /** A blame statement before the negation, reporting and consequence filters. */
    private record Candidate(int from, int to, BlameTarget target, String theme, String rule) {
    }

    /** The state of one analysis; never shared between threads. */
    private final class Run {
        private final String text;
        private final Language lang;
        private final Lexicon tenant;
        private final List<Token> words = new ArrayList<>();
        private final List<String[]> forms = new ArrayList<>();
        private String[][] formArray;
        private List<Clause> clauses;
        private int[] clauseOf;
        private final List<Match> statements = new ArrayList<>();
        private final List<Match> aux = new ArrayList<>();
        private final List<Evidence> evidence = new ArrayList<>();
        private final List<Reframe> reframeList = new ArrayList<>();
        private final java.util.Set<String> reframeKeys = new java.util.HashSet<>();

        /** Matches indexed by clause, and each sentence's clause range, so rules stay linear. */
        private List<List<Match>> auxIn;

        private List<List<Match>> stmtIn;
        private int[] sentenceFirst;
        private int[] sentenceEnd;
        private final EnumSet<BlameTarget> targets = EnumSet.noneOf(BlameTarget.class);

        Run(String text, Language lang, Lexicon tenant) {
            this.text = text;
            this.lang = lang;
            this.tenant = tenant;
        }

        private boolean nextAction;

        RuleReading analyze() {
            List<Token> tokens = Tokenizer.tokenize(text);
            for (Token t : tokens) {
                if (t.isWord()) {
                    words.add(t);
                    forms.add(HebrewMorphology.forms(t.norm(), t.hebrew(), this::knows));
                }
            }
            formArray = forms.toArray(new String[0][]);
            clauses = Segmenter.segment(tokens, forms);
            clauseOf = new int[words.size()];
            for (int c = 0; c < clauses.size(); c++) {
                Clause cl = clauses.get(c);
                for (int w = cl.from(); w < cl.to(); w++) {
                    clauseOf[w] = c;
                }
            }
            matchAll();
            index();
            Analysis verdict = decide();
            return new RuleReading(
                    text,
                    lang,
                    verdict,
                    List.copyOf(words),
                    clauses,
                    List.copyOf(statements),
                    List.copyOf(aux),
                    nextAction);
        }

        private void index() {
            auxIn = new ArrayList<>(clauses.size());
            stmtIn = new ArrayList<>(clauses.size());
            for (int c = 0; c < clauses.size(); c++) {
                auxIn.add(new ArrayList<>(2));
                stmtIn.add(new ArrayList<>(2));
            }
            for (Match a : aux) {
                auxIn.get(clauseOf[a.from()]).add(a);
            }
            for (Match m : statements) {
                stmtIn.get(clauseOf[m.from()]).add(m);
            }
            int sentences = clauses.isEmpty() ? 0 : clauses.get(clauses.size() - 1).sentence() + 1;
            sentenceFirst = new int[sentences + 2];
            sentenceEnd = new int[sentences + 2];
            for (int c = clauses.size() - 1; c >= 0; c--) {
                int sn = clauses.get(c).sentence();
                if (sentenceEnd[sn] == 0) {
                    sentenceEnd[sn] = c + 1;
                }
                sentenceFirst[sn] = c;
            }
        }

        private int sentenceOf(int word) {
            return clauses.get(clauseOf[word]).sentence();
        }

        private boolean knows(String form) {
            return lexicon.knows(form)
                    || Segmenter.ALL.contains(form)
                    || (tenant != null && tenant.knows(form));
        }

        private void matchAll() {
            List<Match> found = new ArrayList<>();
            List<List<Pattern>> lists = new ArrayList<>();
            for (Clause cl : clauses) {
                for (int w = cl.from(); w < cl.to(); w++) {
                    collect(lexicon, false, w, cl.to(), lists, found);
                    if (tenant != null) {
                        collect(tenant, true, w, cl.to(), lists, found);
                    }
                }
            }
            found.sort(PRECEDENCE);
            boolean[] taken = new boolean[words.size()];
            for (Match m : found) {
                if (!m.isStatement()) {
                    aux.add(m);
                    continue;
                }
                boolean free = true;
                for (int w = m.from(); w < m.to() && free; w++) {
                    free = !taken[w];
                }
                if (free) {
                    statements.add(m);
                    for (int w = m.from(); w < m.to(); w++) {
                        taken[w] = true;
                    }
                }
            }
            statements.sort(BY_POSITION);
            aux.sort(BY_POSITION);
            dropNestedEntities();
        }

        /**
         * "the previous supplier" is one entity (the customer's history), not also "supplier"; and
         * "the procurement manager" is one actor (the customer's), not also "manager" (the rep's).
         */
        private void dropNestedEntities() {
            List<Match> parties = new ArrayList<>();
            for (Match a : aux) {
                if (a.cue() == Cue.ENTITY || a.cue() == Cue.ACTOR) {
                    parties.add(a);
                }
            }
            if (parties.size() < 2) {
                return;
            }
            aux.removeIf(
                    a -> {
                        if (a.cue() != Cue.ENTITY && a.cue() != Cue.ACTOR) {
                            return false;
                        }
                        for (Match e : parties) {
                            // an entity is dropped only inside a longer entity: the rules read
                            // entities
                            boolean encloses = a.cue() == Cue.ACTOR || e.cue() == Cue.ENTITY;
                            if (e != a
                                    && encloses
                                    && e.length() > a.length()
                                    && e.from() <= a.from()
                                    && a.to() <= e.to()) {
                                return true;
                            }
                        }
                        return false;
                    });
        }

        private void collect(
                Lexicon lex,
                boolean isTenant,
                int w,
                int limit,
                List<List<Pattern>> lists,
                List<Match> found) {
            lists.clear();
            lex.candidateLists(
                    formArray[w],
                    w + 1 < limit ? formArray[w + 1] : null,
                    w + 2 < limit ? formArray[w + 2] : null,
                    lists);
            for (int i = 0; i < lists.size(); i++) {
                List<Pattern> ps = lists.get(i);
                for (int j = 0; j < ps.size(); j++) {
                    Pattern p = ps.get(j);
                    int end = p.matchAt(formArray, w, limit);
                    if (end > w) {
                        found.add(new Match(p, w, end, isTenant));
                    }
                }
            }
        }

        // ---- rules ------------------------------------------------------------------------

        private Analysis decide() {
            int ownership = 0;
            int blame = 0;
            int helpless = 0;
            boolean remedy = false;
            boolean responsibility = false;
            boolean shared = false;
            boolean causeOffered = false;
            boolean ownFailure = false;
            boolean denial = false;

            // explicit statements
            for (Match m : statements) {
                if (FIRST_PERSON_THEME.equals(m.pattern().theme)
                        && !firstPersonInClauseBefore(m.from())) {
                    continue;
                }
                switch (m.cue()) {
                    case RESPONSIBILITY, OWN_FAILURE, REMEDY, CREDIT -> {
                        ownership++;
                        if (m.cue() == Cue.RESPONSIBILITY) {
                            responsibility = true;
                        } else if (m.cue() == Cue.REMEDY) {
                            remedy = true;
                        } else if (m.cue() == Cue.OWN_FAILURE) {
                            ownFailure = true;
                        }
                        if (hasAux(Cue.SHARE, clauseOf[m.from()])) {
                            shared = true;
                        }
                        addEvidence(m.from(), m.to(), Stance.OWNERSHIP, null, m.pattern().rule);
                    }
                    case HELPLESS -> {
                        helpless++;
                        addEvidence(m.from(), m.to(), Stance.HELPLESS, null, m.pattern().rule);
                    }
                    case DENIAL -> {
                        denial = true; // "nothing I could have done": the rep disowns the outcome
                        addEvidence(
                                m.from(),
                                m.to(),
                                Stance.NEUTRAL,
                                null,
                                "denial-of-agency:" + m.pattern().rule);
                    }
                    default -> {
                    }
                }
            }
            // credit: a success explained by the rep's own deliberate act, or an act credited with
            // the result
            int credit = creditForOwnWork();
            ownership += credit;
            // credit: a success whose cause clause is the rep's own action
            for (int c = 0; c < clauses.size(); c++) {
                Clause cl = clauses.get(c);
                if (cl.link() == Clause.Link.CAUSE
                        && c > 0
                        && sentenceHasAux(Cue.SUCCESS, cl.sentence())
                        && firstPersonAction(cl)
                        && !coveredByStatement(c)) {
                    ownership++;
                    addEvidence(
                            cl.from(),
                            cl.to(),
                            Stance.OWNERSHIP,
                            null,
                            "credit:success-because-own-action");
                }
            }
            // blame: explicit cues, then entity + negative predicate, then filters
            List<Candidate> candidates = new ArrayList<>();
            for (Match m : statements) {
                if (m.cue() != Cue.BLAME) {
                    continue;
                }
                if (m.pattern().target == BlameTarget.CUSTOMER && firstPersonBefore(m.from())) {
                    continue; // "I didn't listen" is the rep's own failure, not the customer's
                }
                if (m.pattern().target == BlameTarget.CUSTOMER && situationSubject(m)) {
                    continue; // "it was impossible to sell" judges the situation, not the customer
                }
                candidates.add(
                        new Candidate(
                                m.from(),
                                m.to(),
                                nameTarget(m),
                                m.pattern().theme,
                                m.pattern().rule));
            }
            List<List<Candidate>> explicitByClause = new ArrayList<>(clauses.size());
            for (int c = 0; c < clauses.size(); c++) {
                explicitByClause.add(new ArrayList<>(1));
            }
            for (Candidate cand : candidates) {
                explicitByClause.get(clauseOf[cand.from()]).add(cand);
            }
            for (int c = 0; c < clauses.size(); c++) {
                // several entities with their own negative predicates in one clause
                // ("shipping was late and my boss wouldn't approve the discount")
                List<Candidate> inClause = explicitByClause.get(c);
                for (int round = 0; round < 3; round++) {
                    Candidate g = genericBlame(c, inClause);
                    if (g == null || objectOfAgentDecision(g, inClause)) {
                        break;
                    }
                    candidates.add(g);
                    inClause.add(g);
                }
            }
            decisionJudgedLater(candidates);
            boolean[] clauseHasCandidate = new boolean[clauses.size()];
            for (Candidate cand : candidates) {
                clauseHasCandidate[clauseOf[cand.from()]] = true;
            }
            for (Candidate cand : candidates) {
                if (keepBlame(cand, clauseHasCandidate)) {
                    blame++;
                    causeOffered |= denial || offeredAsCause(clauseOf[cand.from()]);
                    addBlame(cand.from(), cand.to(), cand.target(), cand.theme(), cand.rule());
                }
            }
            nextAction = remedy || intentWithTime();

            Stance stance;
            if (helpless > 0 && !remedy) {
                stance = Stance.HELPLESS;
            } else if (blame > 0 && (ownership > 0 || helpless > 0)) {
                if (causeOffered || shared || (ownFailure && !responsibility && !remedy)) {
                    stance = Stance.MIXED;
                } else {
                    stance = Stance.OWNERSHIP;
                }
            } else if (blame > 0) {
                stance = Stance.BLAME;
            } else if (ownership > 0 || helpless > 0) {
                stance = Stance.OWNERSHIP;
            } else {
                stance = Stance.NEUTRAL;
            }

            int score = score(stance, ownership, blame, helpless, nextAction);

            boolean withTargets = stance == Stance.BLAME || stance == Stance.MIXED;
            List<BlameTarget> outTargets = withTargets ? List.copyOf(targets) : List.of();
            List<Reframe> outReframes = withTargets ? reframeList : List.of();
            evidence.sort(Comparator.comparingInt(Evidence::start).thenComparingInt(Evidence::end));
            return new Analysis(
                    lang, stance, score, outTargets, evidence, outReframes, 1.0, VERSION);
        }

        /**
         * Names the target by what the rep holds responsible: a management or operations agent
         * acting on prices or the product is blamed as the agent; a customer-like trait whose
         * subject is a department, the market or the product ("support never got back to him", "a
         * tough market") belongs to that subject.
         */
        private BlameTarget nameTarget(Match m) {
            BlameTarget t = m.pattern().target;
            if (t == null) {
                return null;
            }
            int c = clauseOf[m.from()];
            Match agent = null;
            Match after = null;
            for (Match a : auxIn.get(c)) {
                if (a.cue() != Cue.ENTITY || negatedAt(a.from())) {
                    continue;
                }
                if (a.to() <= m.from()) {
                    agent = a; // the nearest entity before the cue
                } else if (a.from() >= m.to() && a.from() - m.to() <= 1 && after == null) {
                    after = a;
                }
            }
            if (t == BlameTarget.CUSTOMER) {
                if (agent != null && conjunctionBetween(agent.to(), m.from() - 1)) {
                    agent = null; // "…a broken system, and now she doesn't trust anybody": a new
                    // subject
                }
                if (agent != null
                        && targetOf(agent) != BlameTarget.CUSTOMER
                        && agent.pattern().target != BlameTarget.PRICE) {
                    return targetOf(agent);
                }
                if (agent == null
                        && after != null
                        && after.pattern().target != BlameTarget.CUSTOMER
                        && after.pattern().target != BlameTarget.PRICE) {
                    return after.pattern().target;
                }
                return t;
            }
            if ((t == BlameTarget.PRICE || t == BlameTarget.PRODUCT)
                    && agent != null
                    && (agent.pattern().target == BlameTarget.MANAGEMENT
                            || agent.pattern().target == BlameTarget.OPERATIONS)) {
                return agent.pattern().target;
            }
            return t;
        }

        /**
         * Records negated, reported and consequence blame as neutral evidence; true when it counts.
         */
        private boolean keepBlame(Candidate cand, boolean[] clauseHasCandidate) {
            int from = cand.from();
            int to = cand.to();
            String rule = cand.rule();
            int c = clauseOf[from];
            Clause cl = clauses.get(c);
            if (negatedAt(from) || negatedByProblemNoun(from, to, c)) {
                addEvidence(from, to, Stance.NEUTRAL, null, "negated-blame:" + rule);
                return false;
            }
            if (reported(from, cl.sentence()) && !adopted(from, cl.sentence())) {
                addEvidence(from, to, Stance.NEUTRAL, null, "reported-speech:" + rule);
                return false;
            }
            if (isConsequence(c, clauseHasCandidate)) {
                addEvidence(from, to, Stance.NEUTRAL, null, "consequence-not-cause:" + rule);
                return false;
            }
            return true;
        }

        /**
         * A negator shortly before the blame in the same clause: "it wasn't the price". A negator
         * already spent on an earlier negative predicate ("the warehouse didn't deliver and the
         * competitors cut prices") does not negate what follows.
         */
        private boolean negatedAt(int from) {
            int c = clauseOf[from];
            for (Match a : auxIn.get(c)) {
                if (a.cue() == Cue.NEGATOR
                        && a.to() <= from
                        && from - a.to() <= 3
                        && !inOwnStatement(a.from())
                        && !spentOnPredicate(a, from)
                        && !conjunctionBetween(a.to(), from)) {
                    return true;
                }
            }
            return false;
        }

        private boolean spentOnPredicate(Match negator, int from) {
            for (Match m : auxIn.get(clauseOf[negator.from()])) {
                if (m.cue() == Cue.NEGATIVE
                        && m.from() <= negator.from()
                        && negator.to() <= m.to()
                        && m.to() > negator.to()
                        && m.to() <= from) {
                    return true;
                }
            }
            for (Match m : stmtIn.get(clauseOf[negator.from()])) {
                // a statement with its own negation, joined by "and" ("he wouldn't pay and our
                // price…")
                if (m.from() <= negator.from()
                        && negator.to() <= m.to()
                        && m.to() > negator.to()
                        && m.to() <= from
                        && conjunctionBetween(m.to(), from)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A price or product named right after a management or operations agent's blamed act, with
         * no "and" between, is the object of that decision ("המטה הכתיב לנו מחירון שאי אפשר …"):
         * the guide names the agent, not the price.
         */
        private boolean objectOfAgentDecision(Candidate g, List<Candidate> inClause) {
            if (g.target() != BlameTarget.PRICE && g.target() != BlameTarget.PRODUCT) {
                return false;
            }
            for (Candidate e : inClause) {
                boolean agent = e.target() == BlameTarget.MANAGEMENT
                        || e.target() == BlameTarget.OPERATIONS
                        || historyEntityAt(e.from());
                if (agent && e.to() <= g.from() && g.from() - e.to() <= 3) {
                    if (!conjunctionBetween(e.to(), g.from())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** "the price wasn't the problem": negator then problem noun right after the blame. */
        private boolean negatedByProblemNoun(int from, int to, int c) {
            boolean negator = false;
            for (Match a : auxIn.get(c)) {
                if (a.from() < from || a.from() > to + 4) {
                    continue;
                }
                if (a.cue() == Cue.NEGATOR) {
                    negator = true;
                } else if (a.cue() == Cue.PROBLEM_NOUN && negator) {
                    return true;
                }
            }
            return false;
        }

        private boolean inOwnStatement(int w) {
            for (Match s : stmtIn.get(clauseOf[w])) {
                if (s.from() <= w && w < s.to() && s.cue() != Cue.BLAME) {
                    return true;
                }
            }
            return false;
        }

        private boolean reported(int from, int sentence) {
            for (int c = sentenceFirst[sentence]; c < sentenceEnd[sentence] && c <= clauseOf[from]; c++) {
                for (Match a : auxIn.get(c)) {
                    if (a.cue() == Cue.REPORT && a.from() < from && !firstPersonBefore(a.from())) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean adopted(int from, int sentence) {
            for (int c = sentenceFirst[sentence]; c < sentenceEnd[sentence]; c++) {
                for (Match a : auxIn.get(c)) {
                    if (a.cue() == Cue.ADOPT && a.from() >= from) {
                        return true;
                    }
                }
            }
            return sentenceHasAux(Cue.ADOPT, sentence + 1);
        }

        private boolean firstPersonBefore(int w) {
            return w > 0
                    && clauseOf[w - 1] == clauseOf[w]
                    && isFirstPersonSubject(formArray[w - 1]);
        }

        private boolean isFirstPersonSubject(String[] f) {
            for (String s : f) {
                if (FIRST_PERSON_SUBJECT.contains(s)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A clause after "so"/"ולכן" that is not the rep taking it on, or the main clause right
         * before a "because" clause that itself names the cause.
         */
        private boolean isConsequence(int c, boolean[] clauseHasCandidate) {
            Clause cl = clauses.get(c);
            if (cl.link() == Clause.Link.RESULT) {
                return !clauseHasOwnership(c);
            }
            if (c + 1 < clauses.size()) {
                Clause next = clauses.get(c + 1);
                return next.link() == Clause.Link.CAUSE
                        && next.sentence() == cl.sentence()
                        && clauseHasCandidate[c + 1];
            }
            return false;
        }

        private boolean clauseHasOwnership(int c) {
            for (Match s : stmtIn.get(c)) {
                if (s.cue() != Cue.BLAME && s.cue() != Cue.NEUTRALIZER) {
                    return true;
                }
            }
            return false;
        }

        /** Blame offered as a cause of the outcome, not an obstacle the rep then takes on. */
        private boolean offeredAsCause(int c) {
            Clause cl = clauses.get(c);
            if (cl.link() == Clause.Link.CAUSE) {
                return true;
            }
            if (sentenceHasAux(Cue.CAUSAL_EMPHASIS, cl.sentence())
                    || sentenceHasAux(Cue.CAUSAL_EMPHASIS, cl.sentence() + 1)) {
                return true;
            }
            if (c + 1 < clauses.size()) {
                Clause next = clauses.get(c + 1);
                if (next.link() == Clause.Link.RESULT
                        && next.sentence() == cl.sentence()
                        && !clauseHasOwnership(c + 1)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * An external entity with a negative predicate in the same clause, not owned by the rep
         * ("shipping messed up the date", "ההנהלה לא נותנת הנחות"), or an entity named as the cause
         * after "because of"/"בגלל" ("because of the supplier").
         */
        private Candidate genericBlame(int c, List<Candidate> existing) {
            if (clauseHasOwnFailure(c) || firstPersonSubject(c) || hasAux(Cue.OUTCOME, c)) {
                return null; // the rep's own act, or the customer's choice reported as the outcome
            }
            Clause cl = clauses.get(c);
            Match entity = null;
            Match anyEntity = null;
            for (Match a : auxIn.get(c)) {
                if (a.cue() != Cue.ENTITY || negatedAt(a.from()) || partOf(a, existing)) {
                    continue;
                }
                if (anyEntity == null) {
                    anyEntity = a;
                }
                if (entity == null && targetOf(a) != BlameTarget.CUSTOMER) {
                    entity = a;
                }
            }
            if (entity != null
                    && anyEntity != null
                    && anyEntity.from() < entity.from()
                    && CUSTOMER_HISTORY.equals(anyEntity.pattern().theme)) {
                entity = null; // "the previous supplier left them with a broken system": the
                // customer's history
            }
            if (anyEntity != null && cl.link() == Clause.Link.CAUSE && causeIsNounPhrase(cl)) {
                return candidateIfNew(
                        cl.from(), anyEntity.to(), targetOf(anyEntity), "cause-named", existing);
            }
            // "we lost because the competitor bundled it for free": the subject of a because-clause
            if (entity != null
                    && cl.link() == Clause.Link.CAUSE
                    && entity.from() - cl.from() <= 3
                    && !sentenceHasAux(Cue.SUCCESS, cl.sentence())) {
                return candidateIfNew(
                        cl.from(), entity.to(), targetOf(entity), "cause-subject", existing);
            }
            boolean customerSubject = false;
            if (entity == null) {
                if (anyEntity == null) {
                    return null;
                }
                entity = anyEntity; // the customer as subject: "the client delayed the decision"
                customerSubject = true;
            }
            for (Match a : auxIn.get(c)) {
                if (inOwnStatement(a.from()) || insideCandidate(a.from(), existing)) {
                    continue;
                }
                if (customerSubject
                        && (a.from() < entity.to()
                                || a.cue() != Cue.NEGATIVE
                                || isOutcomeWord(a.from()))) {
                    continue; // "the client lost interest" is what happened, not why
                }
                boolean negative = a.cue() == Cue.NEGATIVE
                        || (a.cue() == Cue.NEGATOR && a.from() >= entity.to());
                if (!negative || firstPersonBefore(a.from())) {
                    continue;
                }
                int from = Math.min(entity.from(), a.from());
                int to = Math.max(entity.to(), a.to());
                return candidateIfNew(from, to, targetOf(entity), "entity-negative", existing);
            }
            return null;
        }

        private boolean insideCandidate(int w, List<Candidate> existing) {
            for (Candidate e : existing) {
                if (e.from() <= w && w < e.to()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The target an entity stands for: a department or team the customer owns ("their
         * procurement team", "הרכש שלהם") is the customer.
         */
        private BlameTarget targetOf(Match entity) {
            BlameTarget t = entity.pattern().target;
            if (t == BlameTarget.CUSTOMER || t == BlameTarget.MARKET) {
                return t;
            }
            int before = entity.from() - 1;
            if (before >= 0
                    && clauseOf[before] == clauseOf[entity.from()]
                    && hasForm(before, CUSTOMER_POSSESSIVE_BEFORE)) {
                return BlameTarget.CUSTOMER;
            }
            int after = entity.to();
            if (after < words.size()
                    && clauseOf[after] == clauseOf[entity.from()]
                    && hasForm(after, CUSTOMER_POSSESSIVE_AFTER)) {
                return BlameTarget.CUSTOMER;
            }
            return t;
        }

        private boolean hasForm(int w, Set<String> set) {
            for (String f : formArray[w]) {
                if (set.contains(f)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * An entity inside or right after an explicit blame belongs to that statement ("the lowest
         * price").
         */
        private boolean partOf(Match entity, List<Candidate> existing) {
            for (Candidate e : existing) {
                if (entity.from() < e.to() + 1 && e.from() < entity.to()) {
                    return true;
                }
            }
            return false;
        }

        private Candidate candidateIfNew(
                int from, int to, BlameTarget t, String kind, List<Candidate> existing) {
            for (Candidate e : existing) {
                if (e.from() < to && from < e.to()) {
                    return null;
                }
            }
            return new Candidate(
                    from,
                    to,
                    t,
                    t.name(),
                    kind + "/" + t.name().toLowerCase(java.util.Locale.ROOT));
        }

        /** "because of …", "due to …", "בגלל …", "עקב …": the cause is a thing, not a clause. */
        private boolean causeIsNounPhrase(Clause cl) {
            String[] first = formArray[cl.from()];
            for (String f : first) {
                if (CAUSE_PREPOSITIONS.contains(f)) {
                    return true;
                }
                for (List<String> phrase : CAUSE_PREPOSITION_PHRASES) {
                    if (phrase.get(0).equals(f)) {
                        return cl.from() + phrase.size() <= cl.to()
                                && startsWith(cl.from(), phrase);
                    }
                }
            }
            return false;
        }

        /** The surface words from w on are these. */
        private boolean startsWith(int w, List<String> phrase) {
            for (int k = 1; k < phrase.size(); k++) {
                if (!formArray[w + k][0].equals(phrase.get(k))) {
                    return false;
                }
            }
            return true;
        }

        private boolean isOutcomeWord(int w) {
            for (String f : formArray[w]) {
                if (OUTCOME_WORDS.contains(f)) {
                    return true;
                }
            }
            return false;
        }

        private boolean firstPersonInClauseBefore(int w) {
            int c = clauseOf[w];
            for (int i = clauses.get(c).from(); i < w; i++) {
                for (String f : formArray[i]) {
                    if (FIRST_PERSON_SINGULAR.contains(f)
                            || HebrewMorphology.isFirstPersonPast(f)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The clause opens with the rep as subject: "I pitched…", "אני…", "שאלתי…". */
        private boolean firstPersonSubject(int c) {
            Clause cl = clauses.get(c);
            int end = Math.min(cl.to(), cl.from() + 3);
            for (int w = cl.from(); w < end; w++) {
                for (String f : formArray[w]) {
                    if (FIRST_PERSON_SINGULAR.contains(f)
                            || HebrewMorphology.isFirstPersonPast(f)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean clauseHasOwnFailure(int c) {
            for (Match s : stmtIn.get(c)) {
                if ((s.cue() == Cue.OWN_FAILURE
                        || s.cue() == Cue.HELPLESS
                        || s.cue() == Cue.NEUTRALIZER)) {
                    return true;
                }
            }
            return false;
        }

        private boolean coveredByStatement(int c) {
            for (Match s : stmtIn.get(c)) {
                if (s.cue() != Cue.BLAME) {
                    return true;
                }
            }
            return false;
        }

        /** The cause clause opens with the rep acting: "because I insisted", "כי התעקשתי". */
        private boolean firstPersonAction(Clause cl) {
            int end = Math.min(cl.to(), cl.from() + 4);
            for (int w = cl.from(); w < end; w++) {
                for (String f : formArray[w]) {
                    if (ACT_NEGATORS.contains(f)) {
                        return false;
                    }
                }
                if (isFirstPersonSubject(formArray[w])) {
                    return true;
                }
                for (String f : formArray[w]) {
                    if (HebrewMorphology.isFirstPersonPast(f)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Credit for a success the rep attributes to their own work (§3): a deliberate act or
         * insight of the rep ("I prepared a benchmark", "התעקשתי", "הבנתי ש") in a text that
         * reports a success, or a result credited to an act of the rep in the same or the previous
         * sentence ("…and that's what worked", "the pilot I offered removed his worry"). A plain
         * account with routine acts ("sent a quote and they accepted") earns nothing.
         */
        private int creditForOwnWork() {
            List<Match> successes = new ArrayList<>();
            for (Match a : aux) {
                if (a.cue() == Cue.SUCCESS && !negatedNear(a.from()) && !marketInClause(a)) {
                    successes.add(a);
                }
            }
            for (Match a : aux) {
                if (a.cue() == Cue.DELIBERATE
                        && !negatedNear(a.from())
                        && !inOwnStatement(a.from())) {
                    for (Match s : successes) {
                        if (s.to() <= a.from() || a.to() <= s.from()) {
                            addEvidence(
                                    a.from(),
                                    a.to(),
                                    Stance.OWNERSHIP,
                                    null,
                                    "credit:success-from-own-act");
                            return 1;
                        }
                    }
                }
            }
            for (Match a : aux) {
                if (a.cue() != Cue.CREDIT_LINK || negatedNear(a.from()) || entityBefore(a.from())) {
                    continue;
                }
                int sn = sentenceOf(a.from());
                if (repActsIn(sn, a.from()) || (sn > 0 && repActsIn(sn - 1, Integer.MAX_VALUE))) {
                    addEvidence(
                            a.from(),
                            a.to(),
                            Stance.OWNERSHIP,
                            null,
                            "credit:result-credited-to-own-act");
                    return 1;
                }
            }
            return 0;
        }

        /** "they signed with the competitor": a success for someone else. */
        private boolean marketInClause(Match success) {
            for (Match a : auxIn.get(clauseOf[success.from()])) {
                if (a.cue() == Cue.ENTITY && a.pattern().target == BlameTarget.MARKET) {
                    return true;
                }
            }
            return false;
        }

        /** Words that credit the rep as the maker: "my comparison is what won her over". */
        private static final Set<String> REP_POSSESSIVE = LanguagePack.words("rep-possessive");

        /** A negator within two words before w in its clause: "it didn't work", "זה לא עבד". */
        private boolean negatedNear(int w) {
            for (Match a : auxIn.get(clauseOf[w])) {
                if (a.cue() == Cue.NEGATOR && a.to() <= w && w - a.to() <= 1) {
                    return true;
                }
            }
            return false;
        }

        /** An external party names the subject before w: "the competitor convinced them". */
        private boolean entityBefore(int w) {
            for (Match a : auxIn.get(clauseOf[w])) {
                if (a.cue() == Cue.ENTITY && a.to() <= w) {
                    return true;
                }
            }
            return false;
        }

        /** A clause of sentence sn, starting before limit, with the rep acting in it. */
        private boolean repActsIn(int sn, int limit) {
            if (sn < 0 || sn >= sentenceFirst.length) {
                return false;
            }
            for (int c = sentenceFirst[sn]; c < sentenceEnd[sn]; c++) {
                Clause cl = clauses.get(c);
                if (cl.from() >= limit) {
                    break;
                }
                for (int w = cl.from(); w < cl.to() && w < limit; w++) {
                    if (negatedNear(w)) {
                        continue;
                    }
                    for (String f : formArray[w]) {
                        if (f.equals("i")
                                || f.equals("we")
                                || REP_POSSESSIVE.contains(f)
                                || HebrewMorphology.isFirstPersonPast(f)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /**
         * A management decision in one clause judged negatively in the next clause of the same
         * sentence ("הבוס החליט לבטל את ההנחות, ואי אפשר לסגור ככה"; "leadership decided to drop
         * the plan, which made it impossible to sell"): the decision's agent is blamed.
         */
        private void decisionJudgedLater(List<Candidate> candidates) {
            for (int c = 1; c < clauses.size(); c++) {
                Clause cl = clauses.get(c);
                int p = c - 1;
                if (clauses.get(p).sentence() != cl.sentence()
                        || hasAnyCandidate(candidates, p)
                        || hasAnyCandidate(candidates, c)
                        || hasAux(Cue.ENTITY, c)
                        || firstPersonSubject(c)
                        || clauseHasOwnFailure(c)
                        || clauseHasOwnership(c)) {
                    continue;
                }
                Match agent = null;
                for (Match a : auxIn.get(p)) {
                    if (a.cue() == Cue.ENTITY
                            && a.pattern().target == BlameTarget.MANAGEMENT
                            && !negatedAt(a.from())) {
                        agent = a;
                        break;
                    }
                }
                if (agent == null) {
                    continue;
                }
                boolean decided = false;
                for (Match a : auxIn.get(p)) {
                    decided |= a.cue() == Cue.DECISION
                            && a.from() >= agent.to()
                            && a.from() - agent.to() <= 3;
                }
                if (!decided) {
                    continue;
                }
                for (Match a : auxIn.get(c)) {
                    if (a.cue() == Cue.NEGATIVE && !negatedAt(a.from())) {
                        candidates.add(
                                new Candidate(
                                        agent.from(),
                                        agent.to(),
                                        BlameTarget.MANAGEMENT,
                                        "MANAGEMENT",
                                        "decision-judged/management"));
                        break;
                    }
                }
            }
        }

        /**
         * The customer's previous vendor opens the span: what it left them with is its history too.
         */
        private boolean historyEntityAt(int w) {
            for (Match a : auxIn.get(clauseOf[w])) {
                if (a.cue() == Cue.ENTITY
                        && a.from() == w
                        && CUSTOMER_HISTORY.equals(a.pattern().theme)) {
                    return true;
                }
            }
            return false;
        }

        /** "and" or a ו-prefixed Hebrew word among the words from..to (inclusive). */
        private boolean conjunctionBetween(int from, int to) {
            for (int w = from; w <= to && w < words.size(); w++) {
                String f = formArray[w][0];
                if (f.equals("and")
                        || (f.length() > 2 && f.charAt(0) == '\u05D5' && formArray[w].length > 1)) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasAnyCandidate(List<Candidate> candidates, int c) {
            for (Candidate cand : candidates) {
                if (clauseOf[cand.from()] == c) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "it" as the subject of a one-word trait ("made it impossible", "it was tough"): the
         * situation.
         */
        private boolean situationSubject(Match m) {
            int from = m.from();
            if (m.length() != 1 || from == 0 || clauseOf[from - 1] != clauseOf[from]) {
                return false;
            }
            String before = formArray[from - 1][0];
            if (before.equals("it")) {
                return true;
            }
            return (before.equals("is") || before.equals("was") || before.equals("be"))
                    && from >= 2
                    && clauseOf[from - 2] == clauseOf[from]
                    && formArray[from - 2][0].equals("it");
        }

        private boolean intentWithTime() {
            for (int sn = 0; sn + 2 < sentenceFirst.length; sn++) {
                if (sentenceHasAux(Cue.INTENT, sn) && sentenceHasAux(Cue.TIME, sn)) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasAux(Cue cue, int clause) {
            for (Match a : auxIn.get(clause)) {
                if (a.cue() == cue) {
                    return true;
                }
            }
            return false;
        }

        private boolean sentenceHasAux(Cue cue, int sentence) {
            if (sentence < 0 || sentence >= sentenceFirst.length) {
                return false;
            }
            for (int c = sentenceFirst[sentence]; c < sentenceEnd[sentence]; c++) {
                if (hasAux(cue, c)) {
                    return true;
                }
            }
            return false;
        }

        private void addBlame(int from, int to, BlameTarget t, String theme, String rule) {
            addEvidence(from, to, Stance.BLAME, t, rule);
            if (t != null) {
                targets.add(t);
                Clause cl = clauses.get(clauseOf[from]);
                String original = text.substring(words.get(cl.from()).start(), words.get(cl.to() - 1).end());
                if (reframeKeys.add(t.name() + '\u0000' + original)) {
                    reframeList.add(
                            new Reframe(original, reframes.suggest(t, theme, lang, original), t));
                }
            }
        }

        private void addEvidence(
                int fromWord, int toWord, Stance stance, BlameTarget target, String rule) {
            int start = words.get(fromWord).start();
            int end = words.get(toWord - 1).end();
            evidence.add(
                    new Evidence(start, end, text.substring(start, end), stance, target, rule));
        }
    }
}
