package io.onme.scoring.analysis;

/** What a lexicon pattern signals when it matches. */
enum Cue {
    /** An external cause stated outright ("he's stingy", "too expensive"); has a target. */
    BLAME,
    /** A mention of an external party or factor ("management", "shipping"); has a target. */
    ENTITY,
    /**
     * A negative predicate that turns an ENTITY mention into blame ("was late", "won't approve").
     */
    NEGATIVE,
    /** Explicit responsibility or taking an obstacle on as the rep's job ("it's on me"). */
    RESPONSIBILITY,
    /** The rep's own controllable failure ("I didn't ask", "I talked too much"). */
    OWN_FAILURE,
    /** A remedy or way to change ("next time", "from now on", "I need to learn"). */
    REMEDY,
    /** A success outcome ("we won", "closed the deal"), for the credit rule. */
    SUCCESS,
    /** Credit stated outright ("thanks to my preparation"). */
    CREDIT,
    /** A first-person intention ("I'll send", "אשלח"): a concrete next action with a time cue. */
    INTENT,
    /** A time or schedule word ("tomorrow", "on Sunday", "מחר"). */
    TIME,
    /** Stable, global self-judgement ("I'm not cut out for this"). */
    HELPLESS,
    /** A reporting verb of someone else ("he says", "הוא טוען"). */
    REPORT,
    /** The rep adopts the reported claim ("and frankly we are", "והוא צודק"). */
    ADOPT,
    /** A negator ("not", "wasn't", "לא", "אין"). */
    NEGATOR,
    /** Marks the preceding blame as the cause of the outcome ("that's what sank the deal"). */
    CAUSAL_EMPHASIS,
    /** Sharing words ("also", "too", "half", "גם", "חלק"): ownership of a part. */
    SHARE,
    /** "the problem/issue/reason", to read "X isn't the problem" as negated blame. */
    PROBLEM_NOUN,
    /**
     * The customer's choice reported as what happened ("they went with", "בחרו ב…"): an outcome.
     */
    OUTCOME,
    /** First-person subject ("I", "we", "אני"). */
    FIRST_PERSON,
    /**
     * A deliberate first-person action or insight ("I prepared", "I insisted", "הבנתי"), for the
     * credit rule.
     */
    DELIBERATE,
    /** Credits a preceding act with the result ("that's what worked", "did it", "עשה את ההבדל"). */
    CREDIT_LINK,
    /**
     * Denial of the rep's agency ("nothing I could have done", "לא הייתה לי שום דרך"): not
     * ownership.
     */
    DENIAL,
    /** A decision verb ("decided", "set", "קבעה", "הכתיב"): with a management agent, a decision. */
    DECISION,
    /** A tenant phrase marked NEUTRAL: its words carry no attribution. */
    NEUTRALIZER,
    /**
     * An actor or thing of a blame target named in a rep's industry words (actors.txt): read only
     * as a feature, never by the rules.
     */
    ACTOR
}
