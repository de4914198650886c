package io.onme.scoring.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The built-in lexicon, written from the meaning of each category of the labelling guide
 * (ownership-model.md §3) in English and Hebrew — synonyms, colloquial forms, both genders —
 * not from any particular test sentence.
 *
 * <p>Source syntax (expanded by {@link PatternSource}, then parsed by {@link Pattern}):
 * words separated by spaces; {@code a|b} alternatives for one word; {@code (a b|c)} a group
 * whose alternatives may be several words; {@code ?} after a word or group makes it optional;
 * {@code x*} any word starting with x; {@code x~} Hebrew gender/number forms; {@code ..} a gap
 * of up to three words; {@code @1s} a Hebrew first-person past verb. Hebrew words are written
 * without proclitics: the morphology strips ו/ה/ש/ב/כ/ל/מ chains. English contractions are
 * already expanded by the tokenizer ("didn't" is "did not", "it's" is "it is").
 */
final class BuiltInLexicon {

    private BuiltInLexicon() {
    }

    static List<Pattern> patterns() {
        List<Pattern> p = new ArrayList<>();
        english(p);
        hebrew(p);
        return p;
    }

    private static void add(List<Pattern> out, Cue cue, BlameTarget target, String theme, int priority, String... sources) {
        for (String source : sources) {
            for (String src : PatternSource.expand(source)) {
                addOne(out, cue, target, theme, priority, src);
            }
        }
    }

    private static void addOne(List<Pattern> out, Cue cue, BlameTarget target, String theme, int priority, String src) {
        int space = src.indexOf(' ');
        String first = space < 0 ? src : src.substring(0, space);
        if (first.endsWith("?") && space > 0) {
            // an optional first word: index the pattern with and without it
            addOne(out, cue, target, theme, priority, first.substring(0, first.length() - 1) + src.substring(space));
            addOne(out, cue, target, theme, priority, src.substring(space + 1));
        } else if (first.equals("..")) {
            addOne(out, cue, target, theme, priority, src.substring(space + 1));
        } else {
            out.add(new Pattern(src, cue, target, theme, priority));
        }
    }

    private static void add(List<Pattern> out, Cue cue, String... sources) {
        add(out, cue, null, null, defaultPriority(cue), sources);
    }

    private static void blame(List<Pattern> out, BlameTarget target, String theme, String... sources) {
        add(out, Cue.BLAME, target, theme, 2, sources);
    }

    private static void entity(List<Pattern> out, BlameTarget target, String... sources) {
        add(out, Cue.ENTITY, target, null, 0, sources);
    }

    private static int defaultPriority(Cue cue) {
        return switch (cue) {
            case HELPLESS, DENIAL -> 4;
            case RESPONSIBILITY, CREDIT -> 3;
            case BLAME, OWN_FAILURE -> 2;
            case REMEDY -> 1;
            default -> 0;
        };
    }

    // ------------------------------------------------------------------------------------
    private static void english(List<Pattern> p) {
        String adv = "(also|just|really|simply|probably|clearly|obviously|honestly|totally|completely)?";

        add(p, Cue.RESPONSIBILITY,
                "(it|that|this|which|everything|the loss|the miss) (is|was|will be|would be|falls) (all|totally|entirely|fully|squarely|partly)? on me",
                "(is|was|are|were) on me",
                "on me to",
                "(my|our) own? (responsibility|fault|mistake|bad|doing|error|miss|screw-up|failure|blunder)",
                "(my|the) (job|duty|role|task) to",
                "(need to|have to|must|will|should) own (that|this|it|the miss|my part)",
                "(what|exactly what) i am paid (for|to do)",
                "(part of|comes with) (my|the) (job|territory|role)",
                "(is|was) (my|our) (job|responsibility|call|duty|problem to solve)",
                "(up|down) to me",
                "i (take|took|accept|accepted|bear|own|owned|assume) (full|complete|the|total|my)? (responsibility|ownership|blame)",
                "(take|taking|took) (full|complete|the|total)? (responsibility|ownership)",
                "i (own|owned) (it|this|that|the miss|the loss|my part|the mistake)",
                "i (am|was) (to blame|at fault|responsible|accountable)",
                "i blame (myself|me)",
                "the (mistake|fault|miss|error|blame) (is|was) (mine|on me)",
                "(is|was) mine");
        add(p, Cue.OWN_FAILURE,
                "i " + adv + " (did not|had not|have not|never|failed to|forgot|forgot to|neglected|neglected to|missed|overlooked|underestimated|overestimated|misread|misjudged|mishandled|skipped|assumed|ignored|rushed|overpromised|oversold|overcommitted|undersold|botched|fumbled)",
                "i " + adv + " (talked|spoke|pitched|pushed|discounted|rushed|presented|waited|conceded|caved|gave in) (too|way too|far too) (much|hard|fast|early|soon|quickly|long|late|aggressively|easily)",
                "i " + adv + " (talked|spoke|pitched) more than i (listened|asked)",
                "i " + adv + " (should|could|ought to) (have|of|'ve)",
                "i " + adv + " should not have",
                "i " + adv + " (was|got|became) (not prepared|unprepared|underprepared|defensive|nervous|sloppy|lazy|distracted|careless|pushy|impatient|vague|unfocused|too pushy|too passive|too vague|too slow|too late|late)",
                "i " + adv + " (was|were) not (prepared|ready|clear|listening|focused|specific|sharp|persistent|thorough)",
                "i " + adv + " (came|went|showed up) (in)? (unprepared|underprepared|without)",
                "i " + adv + " did (a|an) (poor|bad|weak|lousy|terrible|sloppy|incomplete) job",
                "i " + adv + " (lost) (track|focus|control|my temper|my cool|the room|his trust|her trust|their trust)",
                "i " + adv + " (dropped|missed) the ball",
                "i " + adv + " (blew|messed up|screwed up|fumbled|botched|bungled|mishandled) (it|this|that|the|my|our)",
                "(my|our) (prep|preparation|pitch|demo|presentation|follow-up|followup|follow up|questions|discovery|research|proposal|approach|timing|qualification) (was|were) (weak|poor|bad|sloppy|off|lacking|rushed|thin|not good enough|too)",
                "(we|i) (were|was) too (late|slow|passive|pushy|vague|aggressive)",
                "my (mistake|bad|error)",
                "(was|is) me not",
                "i " + adv + " (froze|panicked|choked|blanked|rambled|got flustered|lost my nerve|lost the thread|lost my train of thought)");
        // own failures that need the rep as subject earlier in the clause ("I … without qualifying")
        add(p, Cue.OWN_FAILURE, null, AttributionAnalyzer.FIRST_PERSON_THEME, 1,
                "without (qualifying|checking|asking|confirming|preparing|understanding|verifying|listening|knowing|researching|a plan|an agenda|doing my homework|doing the homework)",
                "before (understanding|asking|knowing|checking|listening|qualifying|learning|confirming)",
                "(too much|too fast|too early|too soon|too hard|too little|too late)");
        add(p, Cue.REMEDY,
                "next time",
                "from now on",
                "(going|moving) forward",
                "in (the)? future",
                "lesson (learned|learnt)",
                "i (have|'ve)? (learned|learnt) (that|to|my lesson|from)",
                "i (need|have|must|ought|want|plan|intend) to (learn|practice|practise|improve|work on|get better|change|fix|prepare better|stop|start|slow down|listen|ask|map|qualify|build|focus|be more|be less|follow up|bring|set|handle|address|confirm|involve|check)",
                "i (will|am going to|am gonna|shall) (make sure|ensure|be sure|learn|practice|practise|improve|work on|change|get better|stop|start|always|never again|slow down|prepare better|qualify|do it differently|do things differently|handle it differently|ask earlier|map|involve|confirm|check)",
                "i (am|will be) (working on|practicing|practising|learning|improving)",
                "i am (now)? (widening|expanding|broadening|building|changing|adjusting|adding|doubling down|reworking|rebuilding|tightening|refocusing|restructuring)",
                "i (need|have|must|ought) to (plan|anticipate|get ahead|start earlier|involve|prepare)",
                "to get better at",
                "i (am taking|signed up for|will take|am signing up for|enrolled in|will sign up for|booked|joined) .. (course|training|workshop|class|program|programme|coaching)",
                "i (asked|will ask|am asking|am going to ask) (my manager|my coach|a colleague|my team lead|my lead)? for (coaching|feedback|help|advice|a review|a role-play|role play)",
                "(what|how) i (will|would) do differently");
        add(p, Cue.INTENT,
                "i (will|shall|plan to|intend to|am going to|am gonna|am)",
                "we (will|are going to|plan to)");
        add(p, Cue.TIME,
                "tomorrow", "today", "tonight", "asap",
                "(on|by|this|next|until)? (monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
                "next (week|month|call|meeting|visit|demo|quarter)",
                "this (week|afternoon|evening|morning|month)",
                "by (end|eod|cob|tomorrow|noon)", "end of (the)? (day|week|month)",
                "first thing", "within (a|the|two|three|24|48)? (day|days|week|hours)",
                "in (a|two|three|a couple of) (days|weeks|hours)");
        add(p, Cue.SUCCESS,
                "(we|i) (won|closed|signed|landed|got|nailed|booked|secured|converted|sold|renewed|expanded)",
                "(the)? (deal|contract|order|renewal|sale|account) (closed|went through|signed|came through|was signed|was won)",
                "(closed|won|landed|signed) (the|this|a)? (deal|contract|account|order|renewal)",
                "(closed|won|landed|signed) (it|them|him|her)",
                "(he|she|they) (signed|bought|agreed|said yes|renewed|upgraded|committed)",
                "(signed|closed|won|sold) (today|yesterday|this morning|at last|finally)",
                "(got|won|landed|secured|booked|closed|signed) (the|this|their|a)? (deal|contract|account|order|renewal|business|sale|signature|tender|bid|rfp|pilot|project|expansion|upsell|upgrade)",
                "(turned|turn) (it|things|this|the account|the deal) around",
                "(won|got|brought) (it|them|him|her|the account|the customer|the client) back",
                "(it|that|this) (worked|paid off)",
                "(nailed|crushed|aced) it",
                "(he|she|they) (finally|actually|really)? (opened up|warmed up|came around|came round|bought in|relaxed|engaged)",
                "(he|she|they) (finally|actually|really) listened", "(he|she|they) listened to me (too|this time)",
                "(deal|contract|it|order|renewal) (is|'s|was) (done|closed|signed|ours|in|in the bag)");
        // a deliberate act or insight of the rep: with a success in the text it earns the credit
        add(p, Cue.DELIBERATE,
                "this time (i|we)",
                "(i|we) " + adv + " did (my|our|the) (homework|research|prep|preparation|legwork)",
                "(i|we) " + adv + " (prepared|built|insisted|noticed|spotted|designed|tailored|rewrote|redid|restructured|customized|customised|brought|offered|proposed|suggested|put together|figured out|realized|realised|worked out|mapped|researched|reframed|focused|focussed|rebuilt|reworked|pushed for|set up|organized|organised|arranged|walked|kept|made sure|made a point|took the time|learned|learnt|studied|anticipated|changed|adapted|adjusted|listened|dug|found out|showed|framed|built|invested|spent time|stopped)");
        add(p, Cue.CREDIT_LINK,
                "(that|this|which|it) (is|was) what (worked|did it|got it|got us|won it|won them|won him|won her|closed it|made the difference|turned it|tipped it|sealed it|got it over the line)",
                "what (worked|did it|made the difference|tipped it|turned it|won it|sealed it) (was|is)?",
                "(is|was) what (won|worked|did it|got|closed|sealed|tipped|convinced|turned|made the difference|moved)",
                "(did|does) the trick", "(made|makes) the difference", "(got|gets) it over the line",
                "(sealed|clinched|tipped) (it|the deal|the sale)",
                "(did it|won it|won them over|won him over|won her over)",
                "(removed|eased|killed|took away|settled|answered|addressed) (his|her|their|the) (worry|worries|concern|concerns|fear|fears|doubt|doubts|objection|objections|hesitation)");
        add(p, Cue.DENIAL,
                "(nothing|not much|little|not a thing|zero) (more|else)? (i|we) (could|can|would) (have)? (do|done|change|changed|say|said|do differently|have done)",
                "(there was|there is)? (zero|nothing) (more|else)? (i|we) (could|can) (have)? (do|done)",
                "(i|we) (could not|can not) (have)? (do|change|done|changed|influence) (anything|a thing|much|more) (about it|about that)?",
                "(there was|there is)? (nothing|not much) (more|else)? (i|we) (could|can) (have)? (do|done)",
                "(there was|there is)? no way (i|we) (could|would|can) (have)?",
                "(out of|beyond|outside|outside of) (my|our) (hands|control)",
                "(not|never) (my|our) (fault|call|decision|doing)",
                "(was|is) not (up to|on) (me|us)",
                "i (had|have) no (control|say|choice|influence|leverage) (over|in)?",
                "(my|our) hands (were|are) tied");
        add(p, Cue.CREDIT,
                "thanks to (my|our) (work|preparation|prep|persistence|follow-up|followup|discovery|research|homework|effort|efforts|approach|questions|relationship)",
                "(my|our) (preparation|prep|persistence|follow-up|followup|discovery|research|homework|effort) (paid off|worked|made the difference|won it)",
                "i made it happen",
                "because i (did|put in) the (work|homework|legwork)");
        add(p, Cue.HELPLESS,
                "not cut out",
                "not (made|built|meant) (for|to) (this|sales|selling|it|the job|this job)",
                "(nothing|whatever) i (do|try|say) (works|helps|matters|makes a difference|ever works)?",
                "nothing (ever)? works for me",
                "i am (just|simply|really|so|basically|hopelessly)? (bad|terrible|awful|hopeless|useless|horrible|lousy|no good|rubbish|the worst) (at|with)",
                "i am (just|simply|really|basically)? not (good|great|smart|talented|sharp|strong|persuasive|confident|cut) (enough|at|with)",
                "i am (just|simply|really|basically)? not (a|the) (salesperson|salesman|saleswoman|seller|closer|people person|natural|sales type)",
                "i (will|am) (never|never going to) (be able to|be good|be any good|sell|close|get|make|win|succeed|learn|be a|make it)",
                "i (can not|can never|just can not|simply can not) (sell|close|do this|do it|win|convince|get it|get through)",
                "(people|customers|clients|buyers) like (him|her|them|that|this) never",
                "never (buy|buys|sign|signs|say yes) (from|with|to) me",
                "(no one|nobody) (ever)? (buys|signs) (from|with) me",
                "i always (fail|lose|mess up|screw up|blow it|choke|freeze|panic)",
                "i am (a failure|a loser|hopeless|useless|worthless|not good enough)",
                "i suck at",
                "i give up",
                "what is the point",
                "(it|this) is hopeless",
                "no point (in)? trying",
                "i do not have (what it takes|the talent|the gift|the knack)",
                "(sales|this job|this|selling) (is|was) (just|simply)? not (for me|my thing)",
                "i am (just|simply|really|basically)? not (made|built|meant|cut out) for",
                "i am (just|simply|really|basically)? (a|an) (terrible|bad|awful|lousy|poor|hopeless|weak|horrible) (presenter|negotiator|salesperson|salesman|saleswoman|seller|closer|communicator|speaker|talker|rep|listener)",
                "(and|i) (always|never) will be", "never have been",
                "no matter what i (do|try|say|did|tried)",
                "(do not|does not|never) (happen|work|come through|work out) for me");
        add(p, Cue.REPORT,
                "(says|said|say|claims|claimed|told|tells|thinks|thought|feels|felt|complained|complains|mentioned|argued|argues|insists|insisted|believes|believed|explained|objected|wrote|replied|answered|according|claim|think|feel)",
                "pushed back", "in (his|her|their) (view|opinion|words|eyes)",
                "(his|her|their) (feedback|objection|complaint|argument|excuse|reason) (is|was)");
        add(p, Cue.ADOPT,
                "(frankly|honestly|truthfully|admittedly) (we|it|they|he|she) (are|is|were|was|do|does)",
                "(and|to be honest|to be fair)? (he|she|they) (is|are|was|were) (right|correct)",
                "(he|she|they) (has|have|had) a point",
                "(he|she|they) (is|are|was|were) not wrong", "(not|no) wrong there",
                "(which|and that|that) (is|was) (true|fair|right)",
                "(it|that) is true",
                "i (agree|agreed)", "to be (fair|honest)", "rightly so", "and rightly", "fair point");
        add(p, Cue.NEGATOR, "not", "never", "no", "nothing", "neither", "nor");
        add(p, Cue.PROBLEM_NOUN, "(problem|issue|reason|cause|blocker|obstacle|culprit|fault|dealbreaker)");
        add(p, Cue.CAUSAL_EMPHASIS,
                "(that|this|which|it) (is|was) (what|why) (sank|killed|lost|blew|ruined|tanked|cost|broke|hurt|did)?",
                "which (sank|killed|cost|ruined|lost|broke|tanked|blew)",
                "(sank|killed|ruined|tanked|blew|lost us|cost us) (the|this|our)? (deal|sale|order|account|opportunity|contract)",
                "(is|was) the (reason|cause)",
                "(because of|due to) (that|this|him|her|them|it)",
                "the reason (we|i) lost");
        add(p, Cue.DECISION,
                "(decided|set|fixed|dictated|imposed|introduced|changed|chose|rolled out|announced|mandated|cancelled|canceled|scrapped|cut|removed|capped|froze)");
        add(p, Cue.OUTCOME,
                "(chose|picked|selected|went with|signed with|bought from|switched to|moved to|went to|stayed with|renewed with)");
        add(p, Cue.SHARE,
                "also", "either", "as well", "half", "part of (it|this|that|the blame)", "partly", "partially", "equally",
                "(my|our) (part|share)", "some of (it|this|that|the blame)", "both (of us|sides|ways)", "(me|mine) too");
        add(p, Cue.FIRST_PERSON, "(i|we)");

        // ---- CUSTOMER: traits and behaviour of the customer
        blame(p, BlameTarget.CUSTOMER, "CUSTOMER_PRICE",
                "(cheap|stingy|tight-fisted|tightfisted|penny-pinching|miserly|greedy|cheapskate|cheapskates)",
                "(only|just|mainly|always) (wants|wanted|cares|cared|looking|looked|after|interested|hunting|shopping|focused|fixated|obsessed) (about|for|in|on)? (a|the)? (discount|discounts|deal|deals|bargain|bargains|lowest|price|cheaper|freebies)",
                "(only|just) (about|for)? (the)? (price|discounts|deals|a deal|a discount|the lowest price)",
                "(will not|would not|refuses to|refused to|never|did not want to|does not want to|is not willing to|was not willing to) (pay|spend|invest)",
                "(haggled|haggles|haggling) (over|about)? (every|each)",
                "(squeezed|squeezes|squeezing|nickel-and-dimed|nickel-and-dimes) (us|me)");
        blame(p, BlameTarget.CUSTOMER, "CUSTOMER_ATTENTION",
                "(never|did not|does not|would not|will not|was not|is not|refused to|refuses to|barely|hardly|could not|can not) (listen|listens|listened|listening|hear|heard|pay attention|paying attention|paid attention|engage|engaged|focus|focused)",
                "not (interested|engaged|paying attention|listening|open)",
                "(distracted|uninterested|disinterested|bored|indifferent|closed-minded|close-minded|stubborn|checked out|half-listening|dismissive|aloof)",
                "(kept|keeps) (interrupting|checking|looking at) (me|his|her|their)?",
                "(interrupted|interrupts) me", "(talked|talks) over me", "cut me off",
                "(on|checking|glued to) (his|her|their) (phone|laptop|email|screen)",
                "(did not|does not|would not|could not) care", "could not care less",
                "(his|her|their) mind was (elsewhere|made up)");
        blame(p, BlameTarget.CUSTOMER, "CUSTOMER_UNRESPONSIVE",
                "(ghosted|ghosting|vanished|disappeared|went dark|went silent|went quiet|stopped answering|stopped responding|stopped replying|dropped off|fell off the radar|went missing)",
                "(never|did not|does not|would not|will not|stopped|refused to) (answer|answered|answers|reply|replied|replies|respond|responded|responds|return|returned|call back|called back|get back|got back|show up|showed up|pick up|picked up)",
                "(no-show|no show)",
                "not serious",
                "(wasting|wasted|wastes) (my|our) time",
                "(tire|tyre) (kicker|kickers)", "tire-kicker",
                "(does not|did not|do not) (know|knows|even know) what (he|she|they) (want|wants|wanted|need|needs|needed)",
                "(kept|keeps) (changing|moving) (his|her|their|the) (mind|requirements|story|goalposts|scope)",
                "(can not|could not) make up (his|her|their) mind",
                "(indecisive|flaky|unreliable|evasive)",
                "(kept|keeps) (postponing|delaying|stalling|rescheduling|cancelling|canceling)",
                "not (ready|willing|in a position|mature enough) to (buy|sign|commit|decide|move|invest|spend|change)",
                "(delayed|postponed|stalled|dragged out|pushed back|put off|sat on) the (decision|meeting|signature|deal|contract|approval|call)",
                "(stonewall|stonewalled|stonewalling|stonewalls|stalling|stalled)",
                "dragged (his|her|their) feet",
                "(would not|will not|did not|never|refused to) (let|allow) (me|us)",
                "(refused|refuses) to (meet|engage|commit|share|sign|talk|give|discuss)",
                "(would not|will not|did not|never) (commit|budge|engage|share|give us|open up|move)");
        blame(p, BlameTarget.CUSTOMER, "CUSTOMER",
                "(rude|hostile|arrogant|aggressive|impossible|difficult|dumb|stupid|clueless|ignorant|unreasonable|impatient|dishonest|toxic|condescending|annoying|demanding|picky|tough|nasty|obnoxious|abrasive|paranoid|cynical|disorganized|disorganised|chaotic|unprepared|unprofessional|rigid|bureaucratic)",
                "(a|an) (jerk|idiot|nightmare|pain|know-it-all|bully)", "(know-it-all|nitpicky|nitpicking|micromanaging)",
                "(lied|lies|lying) (to me|to us)?", "strung (me|us) along", "played (me|us)", "used (me|us)",
                "(shopping around|just browsing)",
                "(their|his|her) (internal)? (politics|bureaucracy|red tape|approval process|chaos|indecision)",
                "(customer|client|buyer|prospect) 's fault",
                "fault of the (customer|client|buyer|prospect)",
                "(the)? (customer|client|buyer|prospect) (is|was) (to blame|at fault)",
                "(half|part) .. (is|was)? on (the)? (customer|client|buyer|prospect|them|him|her)",
                "(hung up|yelled|shouted|screamed) (on|at) me",
                "(exploits|exploited|exploiting|abuses|abused|milks|milked) (it|that|this|us|me|the|our|every)",
                "(takes|took|taking) advantage of (it|that|this|us|me|our)",
                "(argues|argued|argue|arguing|nitpicks|nitpicked|nitpick|quibbles|quibbled|fights|fought) (about|over|with)? (every|everything|each)",
                "(suspicious|distrustful|wary|sceptical|skeptical) of (every|any|all|us|vendors|salespeople|suppliers|everyone)",
                "(do not|does not|did not|would not|will not|no longer) trust (anyone|anybody|vendors|any vendor|us|salespeople|suppliers|a word)");

        // ---- entities: with a negative predicate in the same clause they become blame
        entity(p, BlameTarget.CUSTOMER,
                "(customer|customers|client|clients|buyer|buyers|prospect|prospects)");
        add(p, Cue.ENTITY, BlameTarget.CUSTOMER, AttributionAnalyzer.CUSTOMER_HISTORY, 0,
                "(their|his|her|the)? (previous|former|last|old|prior|past|current|existing|incumbent) (vendor|vendors|supplier|suppliers|provider|providers|partner|integrator|contractor|agency)");
        entity(p, BlameTarget.MANAGEMENT,
                "(management|leadership|headquarters|hq|corporate|higher-ups|execs|bureaucracy)",
                "(my|our) (boss|manager|director|vp|ceo|supervisor|superiors|bosses|managers|leadership|executives|company|team lead|sales manager|head of sales)",
                "(upper|senior|top) management", "higher ups", "head office", "the board",
                "(company|management|leadership) (policy|policies|decision|rules)",
                "(the|our) (policy|policies|targets|quota|quotas|approval process)",
                "(sales|regional) (director|manager)");
        entity(p, BlameTarget.OPERATIONS,
                "(shipping|warehouse|logistics|delivery|deliveries|supply|supplier|suppliers|carrier|carriers|courier|couriers|fulfillment|fulfilment|support|helpdesk|legal|billing|accounting|marketing|operations|ops|installation|installers|install|technicians|onboarding|production|manufacturing|factory|leads|inventory|stock|engineering|shipment|shipments|dispatch|r&d)",
                "(customer|tech|technical) (service|success|support)", "help desk", "it department",
                "(it|security|legal|finance|procurement|purchasing|engineering) (team|department|dept)",
                "(procurement|purchasing|legal|finance|billing|accounting) (at|on) our (end|side)",
                "lead (time|times)", "credit (approval|check|department)", "(the|our) (team|engineers|developers|devs)",
                "(our|the) (finance|procurement) (team|department)?");
        entity(p, BlameTarget.PRICE,
                "(price|prices|pricing|pricelist|fee|fees|quote|quotation|rates|tariff)",
                "price (list|tag|point|increase)");
        entity(p, BlameTarget.MARKET,
                "(market|markets|economy|economies|competition|competitor|competitors|rival|rivals|recession|inflation|season|timing|war|holidays|downturn|industry|sector|regulation|regulations|elections)",
                "interest rates", "the situation");
        entity(p, BlameTarget.PRODUCT,
                "(product|feature|features|bug|bugs|platform|software|app|module|system|tool|integration|integrations|version|release|quality|functionality|device|machine|hardware|demo|roadmap|ui|ux|interface|api|reporting|dashboard|dashboards|analytics|performance)");

        add(p, Cue.NEGATIVE,
                "(late|delayed|delay|delays|slow|slowly|botched|broke|broken|crashed|crash|crashes|crashing|failed|fails|failing|ignored|ignores|lost|missing|lacks|lacking|lacked|buggy|unstable|unreliable|useless|terrible|awful|bad|poor|weak|outdated|clunky|complicated|expensive|pricey|overpriced|high|higher|steep|refused|refuses|rejected|blocked|blocks|blocking|cut|cuts|cutting|slashed|forced|forces|forcing|pushed|pushes|pushing|pressured|pressuring|rushed|ignoring|delaying|undercut|undercuts|cheaper|tough|down|slowing|dead|crazy|impossible|unrealistic|stuck|mess|disaster|nightmare|wrong|error|errors|problem|problems|glitch|glitches|limitation|limitations|backlog|shortage|backorder|backordered|dropped|forgot|sucks|sucked|killed|kills|hurt|hurts|worse|behind|stole|poached|grabbed|beat|raised|increased|frozen|vetoed|overruled|rigid|strict|limited|froze|freezes|freeze|cumbersome|mediocre|lousy|sloppy|incompetent|useless|tanking|collapsed|junk|garbage|worthless|stale|fake|irrelevant|rubbish|trash|overcharged|overbilled|dictated|imposed|scrapped|scrap|axed)",
                "let (them|him|her|us|me) down", "(makes|made|make) us look (desperate|cheap|bad|weak|stupid|unprofessional|amateurish|greedy)", "ripped (them|him|her|us|me) off", "rip (them|him|her|us|me) off",
                "(hard|harder|difficult|tough) to (sell|get|close|compete|win|convince|reach|explain|justify|find)", "(burned|burnt|scammed|cheated|screwed) (them|him|her|us|me)", "(nobody|no one) (can|could|would|will) (sell|close|work|compete|win|hit|use|meet|make|reach|accept|agree to|afford)",
                "messed up", "screwed up", "(took|takes) (forever|ages|too long)", "(took|takes) .. (days|weeks|months)",
                "(dragged|drags|dragging) (on|out)",
                "(keeps|kept|keep) (changing|moving|switching|cancelling|canceling)",
                "too (expensive|slow|high|late|complicated|strict|rigid|limited|long|much)",
                "out of stock", "fell (through|apart)",
                "(did not|does not|will not|would not|never|can not|could not|refused to|wo) (deliver|ship|approve|allow|let|support|give|help|respond|answer|get back|work|arrive|come|show|integrate|handle|provide|send|call|fix|follow|back|sign off)",
                "(no one|nobody) (is|was)? (buying|spending|investing)",
                "(way)? above what",
                "more than (they|he|she|the customer|the client) (can|could|would|will|wanted)");
        // ---- explicit external causes
        blame(p, BlameTarget.PRICE, "PRICE",
                "(we|we are|we were|our offer|our product|our solution|our service|it is|it was)? (just|simply|way|far|much|a lot|still)? too (expensive|pricey|costly)",
                "(overpriced|priced out|priced ourselves out)",
                "(more expensive|pricier|costlier) than",
                "(price|pricing|cost) (is|was) (a|the) (dealbreaker|deal-breaker|killer|problem|issue)",
                "(our|the) (price|prices|pricing|price list|quote|rates|fees) (is|are|was|were) (just|simply|way|far|much)? (too high|too steep|high|steep|uncompetitive|out of line|above)",
                "because of (the|our)? (price|prices|pricing|cost)",
                "(the)? (price|pricing|cost) killed",
                "(over|above|beyond|out of) (their|his|her|the client's|the customer's|the)? (budget|price range|range|reach)",
                "(raise|raised|raising|raises|increase|increased|increasing|hike|hiked|hiking) (our|the|all)? (prices|price|rates|fees|pricing)",
                "price (increase|increases|hike|hikes)");
        blame(p, BlameTarget.MARKET, "MARKET",
                "(recession|downturn|slowdown|inflation|layoffs|the war|a war|elections|the elections|the election|the pandemic|covid|the crisis)",
                "(high|rising)? interest rates",
                "(the)? (economy|market) (is|was) (down|bad|slow|dead|terrible|tough|soft|weak|frozen|crashing|tanking|flat)",
                "(no one|nobody) (is|was)? (buying|spending|investing|committing|signing|wants to commit|wants to spend|wants to sign|has budget)",
                "(no one|nobody) (has|had) (money|budget|cash|the budget)",
                "(budgets|spending) (are|were|got) (frozen|cut|tight|slashed)",
                "(bad|wrong) timing", "(the)? timing (was|is) (bad|wrong|off)",
                "(competitors|competition|a competitor|the competitor) (took|stole|undercut|beat|won|grabbed|poached|outbid)",
                "(lost|losing) (to|against) (a|the) (competitor|competition|rival|cheaper)",
                "(outgunned|outbid|outmaneuvered|outmanoeuvred|outsold|outspent|outpriced|undercut)",
                "(competitor|competitors|competition|rival|rivals) (had|has|have|offered|offers|came in with) .. (lower|cheaper|better|bigger|stronger)",
                "(we are|we were) behind (the)? (market|competition|competitors)",
                "(holiday|summer|slow|quiet|off) season", "end of (the)? (year|quarter) freeze",
                "because of the (war|situation|economy|market|holidays|season|elections)");
        blame(p, BlameTarget.PRODUCT, "PRODUCT",
                "(missing|lacks|lacking|lacked|without) .. (feature|features|integration|integrations|module|functionality|capability|capabilities|support|api|option|report|reports|reporting)",
                "(we|it) (do not|did not|does not) (have|offer|support) .. (feature|features|integration|module|functionality|capability|api|option|reporting)",
                "(the|our) (product|software|platform|system|demo|app|tool|device|machine) (is|was|kept) (buggy|broken|slow|clunky|outdated|unstable|not ready|behind|crashing|freezing|failing)",
                "(the|our) (demo|system|platform|app|software|product|device|machine) (crashed|froze|failed|broke)",
                "(buggy|full of bugs)", "(too many|lots of|a lot of|so many) bugs",
                "(kept|keeps) crashing",
                "quality (issues|problems)");
        blame(p, BlameTarget.OPERATIONS, "OPERATIONS",
                "(shipment|delivery|order|install|installation|goods|parts) (was|were|arrived|came|got|is|are)? (late|delayed|lost|damaged)",
                "(delivery|shipping|shipment|installation) (delay|delays)",
                "lead (time|times) (is|are|was|were)? (too)? (long|slow)",
                "(out of stock|backordered|on backorder)",
                "(bad|poor|junk|cold|weak|garbage|useless) leads",
                "(the)? leads (are|were) (bad|junk|garbage|cold|weak|poor|useless)",
                "(took|takes) (forever|ages) to");
        blame(p, BlameTarget.MANAGEMENT, "MANAGEMENT",
                "(unrealistic|impossible|crazy|insane|ridiculous) (targets|quota|quotas|goals|numbers)",
                "(targets|quota|quotas|goals) (are|were) (unrealistic|impossible|crazy|insane|too high)",
                "(target|targets|quota|quotas|goal|goals|number|numbers) (that)? (nobody|no one) (could|can|would) (hit|reach|meet|make)",
                "(no|not enough|zero|little) (support|backing|budget|approval|help|authority) from (management|above|my manager|my boss|leadership|hq|the company|the top)",
                "(my|our) (manager|boss) (pushed|forced|pressured|rushed|made|told|insisted) (me|us)?");
    }

    // ------------------------------------------------------------------------------------
    private static void hebrew(List<Pattern> p) {
        add(p, Cue.RESPONSIBILITY,
                "(זה|זו|זאת|הכל|הכול|הכישלון|ההפסד|הפספוס) (היה|הייתה|היתה)? (כולו|לגמרי)? (עליי|עלי)",
                "(עליי|עלי) ל*",
                "(חצי|חלק) (מזה|מהאשמה|מהאחריות)? (עליי|עלי)",
                "(אחריות) (היא|הייתה)? (שלי|עליי|עלי)",
                "באחריותי",
                "(תפקיד|עבודה|משימה) שלי",
                "(אני)? (לוקח~|לקחתי|אקח|נוטל~|נטלתי|מקבל~|קיבלתי) (את)? (מלוא)? (אחריות|האחריות)",
                "(לוקח~|לקחתי|אקח) (את זה)? על עצמי",
                "(לקחת|ליטול) (את ה)? (אחריות|האחריות)",
                "(אשמתי|באשמתי)",
                "(אשמה|טעות) (היא|הייתה)? (שלי|עליי)",
                "(תלוי|תלויה) (רק)? בי",
                "(משלמים|משלמת|משלם) לי (עליו|עליה|על זה|בשביל זה)",
                "(זה)? חלק (מהעבודה|מהתפקיד|מהעבודה שלי|מהתפקיד שלי)",
                "(היא|זו|זאת) (כולה)? שלי",
                "(חלק|החלק) שלי",
                "אני (אשם~|אשמה|האשם~|האשמה)");
        add(p, Cue.OWN_FAILURE,
                "לא @1s",
                "(הייתי|היה) (צריך~|צריכה|אמור~|אמורה|חייב~|חייבת)",
                "(יכולתי|יכולנו) ל*", "הייתי (יכול~|יכולה) ל*",
                "(הבטחתי|התחייבתי|הגזמתי) (יותר מדי|יותר מדיי|מעבר)",
                "(קפאתי|נבהלתי|גמגמתי|נתקעתי מול)",
                "(איבדתי) (את)? (החוט|הביטחון|העשתונות|הקשר|הריכוז)",
                "היה (עליי|עלי)",
                "(שכחתי|פספסתי|החמצתי|הזנחתי|מיהרתי|דילגתי|התפזרתי|התבלבלתי|נלחצתי|טעיתי|פישלתי|הרסתי|דפקתי|נכשלתי|הגזמתי|ויתרתי|התעצלתי)",
                "(איבדתי) (את)? (ה)?(שליטה|ריכוז|סבלנות|עשתונות|קשב|הקשב)",
                "(הנחתי|חשבתי|הייתי בטוח~) ש*",
                "(דיברתי|לחצתי|דחפתי|נדחפתי|מיהרתי|הורדתי|ויתרתי|הצעתי|נתתי|הקדמתי) (יותר מדי|מהר מדי|מוקדם מדי|חזק מדי|מדי|יותר מדיי|מהר מדיי)",
                "(יותר מדי|יותר מדיי) (דיברתי|לחצתי|דחפתי)",
                "(דיברתי) יותר (מ)?(שהקשבתי|שהקשבתי|שאלתי|שהוא)",
                "(הגעתי|באתי|נכנסתי) (לא מוכן~|לא מוכנה|לא ערוך|לא ערוכה|בלי הכנה|לא מוכנים)",
                "(הכנה|הצגה|הדגמה|השאלות|המעקב) שלי (הייתה|היה|היו)? (חלשה|חלש~|לא מספיקה|לא מספיק|גרועה|גרוע~|שטחית|שטחי~)",
                "(הייתי|הייתה) (לחוץ|לחוצה|פזיז~|פזיזה|דוחף~|דוחפת|אגרסיבי~|אגרסיבית|מפוזר~|מפוזרת|שטחי~|שטחית|לא מרוכז~|לא מרוכזת|לא ממוקד~|לא ממוקדת)");
        add(p, Cue.OWN_FAILURE, null, AttributionAnalyzer.FIRST_PERSON_THEME, 1,
                "בלי (לבדוק|לשאול|להכין|לוודא|להבין|להקשיב|לברר|להתכונן|לדעת|להכיר|תוכנית|הכנה|לתאם)",
                "(מעט|יותר) מדי");
        add(p, Cue.REMEDY,
                "פעם (הבאה|הבא)",
                "(בשיחה|בפגישה|בהדגמה|בהצגה|בהזדמנות) הבאה",
                "(מעכשיו|מעתה|להבא|מכאן והלאה|מהיום והלאה|מעכשיו והלאה)",
                "(אני)? (צריך~|צריכה|חייב~|חייבת|אמור~|אמורה) (ללמוד|לשפר|להשתפר|להתאמן|לתרגל|לשנות|להקשיב|לשאול|להתכונן|להאט|לעצור|למפות|לבנות|להתמקד|לעבוד|להכין|לברר|לוודא|לדבר פחות)",
                "(אלמד|אשפר|אשתפר|אתאמן|אתרגל|אשנה|אקפיד|אדאג|אוודא|אתכונן|אמפה|אכין מראש|אשאל יותר|אקשיב)",
                "(אני)? (הולך~|הולכת) (ללמוד|לשפר|להשתפר|להתאמן|לתרגל|לשנות|להקפיד)",
                "(למדתי) (ש*|מזה|לקח|את הלקח|ל*)",
                "(הבנתי|למדתי|קלטתי) (ש)?(אני)? (צריך~|צריכה|חייב~|חייבת)",
                "(הלקח|לקח) (שלי|שלמדתי|הוא)",
                "(אקח|אני לוקח~|נרשמתי|אירשם|אני נרשם~) (ל)?(קורס|הדרכה|סדנה|אימון|ליווי)",
                "(ביקשתי|אבקש|אני מבקש~) (מ)?.. (ליווי|אימון|משוב|עזרה|הדרכה|פידבק|חונכות)",
                "(אעשה|אעשה את זה|אנהל את זה) (אחרת|שונה)",
                "(אעבוד|אני עובד~|אני עובדת) על",
                "אני (מרחיב~|מרחיבה|משנה|בונה מחדש|מתמקד~|מתמקדת|משפר~|משפרת|מוסיף~|מוסיפה|מתאים~|מתאימה|מחדד~|מחדדת)");
        add(p, Cue.INTENT,
                "(אתקשר|אשלח|אחזור|אביא|אכין|אקבע|אבקש|אציג|אפגש|איפגש|אעדכן|אתחיל|אבדוק|אזמין|אציע|אבנה|אתאם|אכתוב|אעביר|ארים|אגיע|אדבר|אשאל|אפתח|אנסה|אסגור|אארגן|אצרף)",
                "אני (אתקשר|אשלח|אחזור|אביא|אכין|אקבע)",
                "אני (שולח~|שולחת|מתקשר~|מתקשרת|חוזר~|חוזרת|מביא~|מביאה|מכין~|מכינה|קובע~|קובעת|נפגש~|נפגשת|מציג~|מציגה|מעדכן~|מעדכנת|כותב~|כותבת)",
                "אני (הולך~|הולכת) ל*");
        add(p, Cue.TIME,
                "(מחר|היום|הערב|מחרתיים|השבוע|הבוקר|עכשיו|מיד)",
                "(שבוע|חודש|רבעון) (הבא)",
                "יום (ראשון|שני|שלישי|רביעי|חמישי|שישי)",
                "עד (סוף|יום|מחר)", "אחר הצהריים", "תוך (יום|יומיים|שבוע|שעה|שעתיים)",
                "(שיחה|פגישה) (הבאה)");
        add(p, Cue.SUCCESS,
                "(סגרתי|סגרנו|זכינו|זכיתי|חתמנו|חתמתי|ניצחנו|השגתי|מכרתי|מכרנו|הבאתי|הצלחתי)",
                "(עסקה|הזמנה|חוזה|דיל|מכרז) (נסגר~|נחתם~|נסגרה|נחתמה|נסגרו|יצא~ לפועל)",
                "(הוא|היא|הם|הלקוח|הלקוחה) (חתם~|חתמה|קנה~|קנתה|הסכים~|הסכימה|אישר~|אישרה|חידש~|חידשה)",
                "(נסגר~|נסגרה|נחתם~|נחתמה|הצלחנו|חתמו)",
                "(החזרתי|החזרנו|הפכתי|הפכנו) (אותו|אותה|אותם|את הלקוח|את הלקוחה|את זה|את המצב|את התמונה)",
                "(זה|זו|זאת) (עבד|עבדה|הצליח|הצליחה)",
                "(הוא|היא|הם) (סוף סוף)? (נפתח~|נפתחה|התרכך~|התרככה|השתכנע~|השתכנעה|התחבר~|התחברה)",
                "(הוא|היא|הם) (הקשיב~|הקשיבה) (גם)? (לי|סוף סוף)");
        add(p, Cue.DELIBERATE,
                "הפעם @1s",
                "(התעקשתי|הכנתי|בניתי|הבאתי|הצעתי|הבנתי|למדתי|מיפיתי|התמקדתי|התאמתי|דאגתי|הקפדתי|השקעתי|חקרתי|ניתחתי|הקשבתי|שיניתי|זיהיתי|תכננתי|ארגנתי|הראיתי|הדגמתי|שכנעתי|הובלתי|יזמתי|בדקתי|התכוננתי|הכנו|בנינו|הבאנו|הצענו|התעקשנו|התמקדנו|הבנו|למדנו|התאמנו|שינינו)");
        add(p, Cue.CREDIT_LINK,
                "(זה|זו|זאת) מה (עבד|הכריע|סגר|הכריעה|שכנע|שכנעה|הפך|עשה את ההבדל)",
                "מה (עבד|הכריע|סגר|שכנע|עשה את ההבדל) (זה|היה)?",
                "(עשה~|עשתה|עשו) את (כל)? ההבדל",
                "(שינה~|שינתה|שינו|הפך~|הפכה|הפכו) את (התמונה|המצב|הכיוון|התמונה כולה)",
                "(הכריע~|הכריעה|הכריעו) את (הכף|העסקה|ההחלטה)",
                "(הוריד~|הורידה|הורידו|הפיג~|הפיגה|הפיגו|ביטל~|ביטלה|ביטלו|פתר~|פתרה|פתרו) את (החשש|החששות|ההתנגדות|ההתנגדויות|הפחד|הפחדים|הספק|הספקות|הדאגה)",
                "(שכנע~|שכנעה|שכנעו) (אותו|אותה|אותם)");
        add(p, Cue.DENIAL,
                "לא (הייתה|היה|היתה)? לי (שום)? (דרך|סיכוי|השפעה|שליטה|ברירה|יכולת)",
                "אין לי (שום)? (דרך|השפעה|שליטה|ברירה)",
                "לא (יכולתי|יכולנו) (לעשות|לשנות|להשפיע|למנוע|לעזור) (כלום|שום דבר|יותר|הרבה|דבר|על זה)?",
                "(שום דבר|כלום|אין מה|אין שום דבר) (יכולתי|יכולנו|הייתי יכול~|הייתי יכולה) (לעשות|לשנות|למנוע) (אחרת|יותר)?",
                "לא (היה|הייתה)? (בידיים|בידיי|בשליטה|בשליטתי) (שלי)?",
                "(מחוץ) (לשליטה|לשליטתי) (שלי)?",
                "לא (היה|הייתה|היתה)? (בשליטתי|באשמתי|תלוי~ בי|תלויה בי)",
                "(הידיים) (שלי)? (היו|הן)? (כבולות|קשורות)");
        add(p, Cue.CREDIT,
                "(בזכות|הודות) .. שלי",
                "(בזכות|הודות) (זה ש|ש|לכך ש)? @1s",
                "(הכנה|התמדה|מעקב|עקשנות|עבודה|השקעה) שלי (השתלמה|השתלם|עבדה|עשתה את ההבדל|הכריעה)");
        add(p, Cue.HELPLESS,
                "אני (פשוט|כנראה|באמת|בכלל|ממש|כבר)? לא (בנוי~|בנויה|מתאים~|מתאימה|מסוגל~|מסוגלת|טוב~|טובה|חזק~|חזקה|מוכשר~|מוכשרת|יודע~|יודעת|מספיק טוב~|מספיק טובה|איש מכירות|אשת מכירות)",
                "לא (בנוי~|בנויה) ל*",
                "לא (טוב~|טובה|מוצלח~|מוצלחת|חזק~|חזקה) (בזה|במכירות|בסגירות|בשיחות|במשא ומתן|בתפקיד|בעבודה הזאת|בעבודה הזו|בלסגור|בלמכור)",
                "לא (מתאים~|מתאימה) (ל)?(תפקיד|מכירות|עבודה|זה)",
                "אני (פשוט|כנראה|באמת|ממש)? (גרוע~|גרועה|כישלון|אפס|לוזר|לוזרית|חלש~|חלשה|נוראי~|נוראית|איום~|איומה|חסר תקנה|חסרת תקנה)",
                "(שום דבר|כלום) .. (עובד|עוזר|משנה|מצליח|הולך)",
                "מה לא (אעשה|אנסה|אגיד|עשיתי|ניסיתי)",
                "(אף פעם|לעולם) לא (מצליח~|מצליחה|אצליח|אמכור|אסגור|סוגר~|סוגרת|מוכר~|מוכרת|אהיה)",
                "(אני)? תמיד (נכשל~|נכשלת|מפשל~|מפשלת|מפסיד~|מפסידה|נתקע~|נתקעת|נתקעים|נלחץ~|נלחצת|קופא~|קופאת)",
                "(אין) לי (את זה|סיכוי|מה לחפש|את מה שצריך)",
                "(זה|מכירות|התפקיד הזה|העבודה הזאת|העבודה הזו)? (פשוט)? לא (בשבילי|בשבילי)",
                "(התייאשתי|נואשתי|שברתי את הראש)",
                "אני (מיואש~|מיואשת|נואש~|נואשת|שבור~|שבורה|גמור~|גמורה)",
                "אין (טעם|תקווה)",
                "(אף אחד|אף פעם) לא (קונה|קונים|קנה) ממני",
                "לא (קונים|קונה) ממני",
                "(לא יודע~|לא יודעת) (למכור|לסגור|לשכנע)",
                "לא משנה מה (אני)? (עושה|מנסה|אעשה|אנסה|אגיד|עשיתי|ניסיתי)",
                "לא (קורות|קורה|קורים|עובד|עובדות|הולך|הולכות) לי (אף פעם|אף פעם לא)?");
        add(p, Cue.REPORT,
                "(אמר~|אמרה|אומר~|אומרת|טוען~|טוענת|טען~|טענה|טענו|חושב~|חושבת|חשב~|חשבה|התלונן~|התלוננה|מתלונן~|מתלוננת|סיפר~|סיפרה|הסביר~|הסבירה|מרגיש~|מרגישה|הרגיש~|הרגישה|אמרו|אומרים|כתב~|כתבה|התנגד~|התנגדה|טוענים)",
                "(לדבריו|לדבריה|לטענתו|לטענתה|לדעתו|לדעתה|לדבריהם|לטענתם|לדעתם|בעיניו|בעיניה|לפיו|לפיה)",
                "(התירוץ|ההתנגדות|הטענה|התלונה) (שלו|שלה|שלהם)");
        add(p, Cue.ADOPT,
                "(הוא|היא|הם) (צודק~|צודקת|צודקים)",
                "(בצדק)", "(באמת|למען האמת|האמת|בכנות|האמת היא) (ש)?(אנחנו|זה|הוא|היא|אנו)",
                "(זה|זו) נכון", "(אני)? (מסכים~|מסכימה)", "יש (לו|לה|להם) (צדק|נקודה)",
                "(הוא|היא|הם) לא (טועה|טועים|טועות)");
        add(p, Cue.NEGATOR, "(לא|אין|אינו|אינה|אינם|אינני|איננו)");
        add(p, Cue.PROBLEM_NOUN, "(בעיה|סיבה|אשם~|אשמה|מכשול)");
        add(p, Cue.CAUSAL_EMPHASIS,
                "(זה|זו|זאת) מה (הפיל|הרג|הרס|גרם|תקע|פוצץ|עלה|שבר|הכשיל|הפילה|הרסה)",
                "(הפיל~|הפילה|הרס~|הרסה|הרג~|פוצץ~|תקע~|הכשיל~) את (עסקה|העסקה|מכירה|המכירה|הזמנה|ההזמנה|דיל|הדיל)",
                "בגלל (זה|זאת|הוא|היא|הם|ו|ה)",
                "(זאת|זו|זה) (סיבה|הסיבה)",
                "עלה (לנו|לי) (ב)?(עסקה|העסקה)");
        add(p, Cue.DECISION,
                "(החליט~|החליטה|החליטו|קבע~|קבעה|קבעו|הכתיב~|הכתיבה|הכתיבו|הנהיג~|הנהיגה|הנהיגו|שינה~|שינתה|שינו|הוריד~|הורידה|הורידו|הודיע~|הודיעה|הודיעו|הטיל~|הטילה|הטילו|ביטל~|ביטלה|ביטלו|הקפיא~|הקפיאה|הקפיאו|הגביל~|הגבילה|הגבילו)");
        add(p, Cue.OUTCOME, "(בחר~|בחרה|בחרו|עבר~|עברה|עברו|הלך~|הלכה|הלכו|חתמו|קנו|נשאר~|נשארה|נשארו)");
        add(p, Cue.SHARE, "(גם|חלק|חצי|בחלקו|בחלקה|חלקית|שנינו|שנינו)", "באותה מידה");
        add(p, Cue.FIRST_PERSON, "(אני|אנחנו|אנו)");

        // ---- CUSTOMER
        blame(p, BlameTarget.CUSTOMER, "CUSTOMER_PRICE",
                "(קמצן~|קמצנית|קמצנות|חסכן~|חסכנית|צייקן~|צייקנית|קמצנים)",
                "לא (היה|הייתה|היו)? (מוכן~|מוכנה|רוצה|רוצים|רצה|רצתה|הסכים~|הסכימה) (לשלם|להוציא|להשקיע)",
                "(מחפש~|מחפשת|רוצה|רוצים|רצה|רצתה|רצו|מעוניין~|מעוניינת|מתעניין~) (רק)? (דיל*|הנחה|הנחות|מבצע*|מחיר|הכי זול|זול)",
                "רק (דיל*|הנחה|הנחות|מחיר|הכי זול|מבצע*|זול)",
                "(אף פעם|לעולם) לא (ישלם|ישלמו|תשלם|ישקיע|ישקיעו)",
                "(מתמקח~|מתמקחת|התמקח~|התמקחה|מתווכח~|מתווכחת|התווכח~|התווכחה|מתקטנן~|מתקטננת) על (כל|הכל|הכול)",
                "לא (מאמין~|מאמינה|מאמינים|סומך~|סומכת|סומכים) (על)? (אף|לאף|באף|על אף|לאיש|באיש|לספקים|בספקים|על ספקים)",
                "(חושד~|חושדת|חושדים|חשדן~|חשדנית) (בכל|בכולם|בספקים|בנו)",
                "(סחט~|סחטה|סחטו|סוחט~|סוחטת|סוחטים) (אותנו|אותי)");
        blame(p, BlameTarget.CUSTOMER, "CUSTOMER_ATTENTION",
                "לא (הקשיב~|הקשיבה|מקשיב~|מקשיבה|שומע~|שומעת|שמע~|שמעה|מתעניין~|מתעניינת|התעניין~|התעניינה|מרוכז~|מרוכזת|קשוב~|קשובה|פתוח~|פתוחה|מעוניין~|מעוניינת)",
                "לא (מעניין|עניין|עניינו|עניינה|עניינה) (אותו|אותה|אותם)",
                "(חסר~|חסרת|חסרי|נטול~|נטולת) (עניין|סבלנות)",
                "(משועמם~|משועממת|אדיש~|אדישה|עקשן~|עקשנית|מפוזר~|מפוזרת|אטום~|אטומה|מזלזל~|מזלזלת)",
                "(קטע~|קטעה|קוטע~|קוטעת) אותי",
                "(היה|הייתה|היו) (כל הזמן)? (בטלפון|עם הטלפון|במחשב)",
                "לא (היה|הייתה|היו)? (מוכן~|מוכנה|מוכנים) (לשמוע|להקשיב|לדבר)",
                "לא (רצה|רצתה|רצו|רוצה) (לשמוע|להקשיב)",
                "לא (היה|הייתה|היו)? (בשל~|בשלה|בשלים|מוכן~|מוכנה|מוכנים|בשל) (לקנות|לחתום|להתחייב|להחליט|להתקדם|לשנות)",
                "לא (התייחס~|התייחסה|מתייחס~|מתייחסת|מתייחסים)",
                "(היה|הייתה|היו) .. (בטלפון|במחשב|במיילים|בנייד)",
                "(עסוק~|עסוקה) (בטלפון|במחשב|במיילים|בנייד)");
        blame(p, BlameTarget.CUSTOMER, "CUSTOMER_UNRESPONSIVE",
                "(נעלם~|נעלמה|נעלמו|הבריז~|הבריזה|התחמק~|התחמקה|מתחמק~|מתחמקת|מתחמקים|התאדה|התאדתה|התאדו)",
                "לא (עונה|עונים|ענה~|ענתה|חזר~|חזרה|חוזר~|חוזרת|הגיע~|הגיעה|מגיב~|מגיבה|הגיב~|הגיבה|הופיע~|הופיעה|הרים~|הרימה|מרים~|מרימה)",
                "לא (רציני~|רצינית|רציניים)",
                "(מבזבז~|מבזבזת|בזבז~|בזבזה|בזבזו) (את)? (זמן|הזמן|זמני)",
                "לא (יודע~|יודעת|יודעים|ידע~|ידעה) מה (הוא|היא|הם)? (רוצה|רוצים|רצה|רצתה|צריך~|צריכה)",
                "(משנה|שינה~|שינתה|שינו) (את)? (דעה|דעתו|דעתה|דעתם|הדרישות|דרישות)",
                "(הססן~|הססנית|הססני~)",
                "לא (היה|הייתה|היו) (רציני~|רצינית|רציניים)",
                "לא (מחליט~|מחליטה|החלטי~|החלטית)",
                "(דוחה|דחה~|דחתה|דחו) (שוב|כל הזמן|פעם אחרי פעם)",
                "(דחה~|דחתה|דחו|מושך~|מושכת|משך~|משכה) (את)? (החלטה|ההחלטה|פגישה|הפגישה|חתימה|החתימה|זמן|הזמן)",
                "(גרר~|גררה|גוררים|גורר~|גוררת) (רגליים|את הרגליים)",
                "לא (נתן~|נתנה|נתנו|נותן~|נותנת) לי (לדבר|לסיים|להציג|להסביר|לפתוח את הפה)",
                "(סירב~|סירבה|מסרב~|מסרבת) (להיפגש|להתחייב|לחתום|לשתף|לדבר|להתקדם)");
        blame(p, BlameTarget.CUSTOMER, "CUSTOMER",
                "(עוין~|עוינת|גס~|גסה|חצוף~|חצופה|יהיר~|יהירה|אגרסיבי~|אגרסיבית|קשוח~|קשוחה|מעצבן~|מעצבנת|טיפש~|טיפשה|טמבל~|דביל~|מטומטם~|מטומטמת|שקרן~|שקרנית|נודניק|נודניקית|בעייתי~|בעייתית|מתנשא~|מתנשאת|קטנוני~|קטנונית|בררן~|בררנית|תובעני~|תובענית|ציני~|צינית|חשדן~|חשדנית)",
                "(לקוח~|לקוחה|אדם|טיפוס|בנאדם|בן אדם) (קשה|קשוח~|קשוחה|בעייתי~|בעייתית|בלתי אפשרי~|בלתי אפשרית)",
                "(בלתי אפשרי~|בלתי אפשרית)",
                "(אשמתו|אשמתה|אשמתם|באשמתו|באשמתה|באשמתם)",
                "אשמת (לקוח~|לקוחה|הלקוח|הלקוחה)",
                "(אשמה|האשמה) (היא)? (על|של) (לקוח~|לקוחה|הלקוח|הלקוחה)",
                "(שיקר~|שיקרה|שיקרו|משקר~|משקרת)",
                "(מרח~|מרחה|מורח~|מורחת) אותי",
                "(חצי|חלק) .. על (לקוח~|לקוחה|הלקוח|הלקוחה|הוא|היא|הם)",
                "(צעק~|צעקה|טרק~|טרקה) (עליי|עלי|את הטלפון)",
                "(פוליטיקה|ביורוקרטיה|בלגן|חוסר ההחלטיות) (הפנימית|הפנימי|פנימית)? (שלהם|שלו|שלה)");

        entity(p, BlameTarget.CUSTOMER, "(לקוח~|לקוחה|קונה|קונים)");
        add(p, Cue.ENTITY, BlameTarget.CUSTOMER, AttributionAnalyzer.CUSTOMER_HISTORY, 0,
                "(ספק|ספקית|ספקים|חברה|ספקי) (קודם~|קודמת|הקודם|הקודמת|הקודמים|ישן~|ישנה|הישן|הישנה|קודמים|הנוכחי|הנוכחית)");
        entity(p, BlameTarget.MANAGEMENT,
                "(הנהלה|מטה|בוס|ביורוקרטיה|מדיניות|יעדים|מכסה|מכסות|יעד)",
                "(מנהל~|מנהלת) (שלי|שלנו|מכירות|המכירות|הישיר|הישירה|האזורי)",
                "(סמנכל|מנכל|סמנכלית|מנכלית) (שלנו|שלי)",
                "(חברה) (שלנו)", "(הנהלה) (הבכירה)", "(החלטה|החלטות) (של)? (הנהלה|ההנהלה)");
        entity(p, BlameTarget.OPERATIONS,
                "(אספקה|מחסן|לוגיסטיקה|משלוח|משלוחים|ספק|ספקים|שילוח|שליח|שליחים|שליחויות|תמיכה|שירות|משפטית|יועמש|רכש|כספים|שיווק|תפעול|ייצור|מפעל|התקנה|התקנות|טכנאי~|טכנאים|מתקין~|מתקינים|לידים|פיתוח|מלאי|סחורה|הזמנה|משאית|מובילים|הובלה|אשראי)",
                "(מחלקת|מחלקה) _",
                "שירות (לקוחות|הלקוחות)", "הצלחת (לקוחות|הלקוחות)", "הנהלת חשבונות", "(זמני|זמן) אספקה",
                "(צוות) (טכני|הטכני|פיתוח|הפיתוח|תמיכה|התמיכה)");
        entity(p, BlameTarget.PRICE,
                "(מחיר|מחירים|מחירון|תמחור|עלות|עלויות|תעריף|תעריפים)",
                "הצעת (מחיר|המחיר)");
        entity(p, BlameTarget.MARKET,
                "(שוק|כלכלה|משק|מתחרים|מתחרה|תחרות|מיתון|ריבית|אינפלציה|מלחמה|עונה|חגים|תזמון|עיתוי|בחירות|ענף|סקטור|תעשייה)",
                "מצב (ביטחוני|הביטחוני|כלכלי|הכלכלי)?", "יוקר המחיה");
        entity(p, BlameTarget.PRODUCT,
                "(מוצר|פיצר~|פיצרים|באג~|באגים|מערכת|תוכנה|פלטפורמה|מודול|אינטגרציה|גרסה|איכות|פונקציונליות|אפליקציה|מכשיר|דמו|ממשק|יכולת~|יכולות)");

        add(p, Cue.NEGATIVE,
                "(איחר~|איחרה|מאחר~|מאחרת|התעכב~|התעכבה|מתעכב~|מתעכבת|עיכב~|עיכבה|מעכב~|מעכבת|עיכבו|עיכוב|עיכובים|תקוע~|תקועה|נתקע~|נתקעה|פישל~|פישלה|פישלו|מפשל~|דפק~|דפקה|הרס~|הרסה|שבור~|שבורה|נשבר~|נשברה|קרס~|קרסה|קורס~|קורסת|התעלם~|התעלמה|מתעלם~|מתעלמת|איבד~|איבדה|חסר~|חסרה|חסרים|חסרות|באגים|איטי~|איטית|גרוע~|גרועה|חלש~|חלשה|מיושן~|מיושנת|מסורבל~|מסורבלת|יקר~|יקרה|יקרים|גבוה~|גבוהה|סירב~|סירבה|מסרב~|מסרבת|חסם~|חסמה|חוסם~|חוסמת|לחץ~|לחצה|לוחץ~|לוחצת|הכריח~|הכריחה|קיצץ~|קיצצה|קיצוץ|קיצוצים|לקח~|לקחה|גנב~|ירד~|ירדה|קשה|קשוח~|מפגר~|מפגרת|מפגרים|תקלה|תקלות|בעיה|בעיות|מגבלה|מגבלות|נכשל~|נכשלה|זול~|זולה|הפסיק~|מוגבל~|מוגבלת|מטורף~|מטורפת|הזוי~|הזויה|הפיל~|הפילה|בלגן|אסון|שגוי~|שגויה|טעות|טעויות|העלה~|העלתה|העלו|דחף~|דחפה|הקשה|מסובך~|מסובכת|נפל~|נפלה|זוועה|ביטל~|ביטלה|פספס~|פספסה|פספסו|סחט~|סחטה|סחטו|קפוא~|קפואה|הקפיא~|הקפיאה|הקפיאו|מקפיא~|מקפיאה|מושבת~|מושבתת|מתה|מת|תקע~|תקעה|תקעו|זבל|זבלים|שרף~|שרפה|שרפו|עקץ~|עקצה|עקצו|אכזב~|אכזבה|אכזבו|הכתיב~|הכתיבה|הכתיבו|כפה~|כפתה|כפו|קרים|קרות|פושרים|עבד עליהם|עבדו עליהם)",
                "(לא)? (שווים|שווה) (כלום|גרוש|שום דבר)",
                "(אף אחד|איש|אף לקוח) לא (יכול~|יכולה|מסוגל~|יעמוד|יעמדו|יסכים|יסכימו|יקבל|יחתום|יצליח) (לעמוד|למכור|לסגור|להתחרות|לעבוד|בזה|בהם|בו|לזה|להם)?", "עבד~ (עליהם|עליו|עליה)", "עבדו (עליהם|עליו|עליה)",
                "(אי אפשר|אי-אפשר|בלתי אפשרי~|בלתי אפשרית|לא רלוונטי~|לא רלוונטית|לא רלוונטיים|לא אמין~|לא אמינה|לא אמינים)",
                "(לא מציאותי~|לא מציאותית|לא תחרותי~|לא תחרותית|לא יציב~|לא יציבה)",
                "לא (נותן~|נותנת|נתן~|נתנה|מאשר~|מאשרת|אישר~|אישרה|מספק~|מספקת|סיפק~|סיפקה|עובד~|עובדת|עבד~|עבדה|חזר~|חזרה|הגיע~|הגיעה|עונה|ענה~|ענתה|עוזר~|עוזרת|עזר~|עזרה|תומך~|תומכת|תמך~|תמכה|מאפשר~|מאפשרת|איפשר~|איפשרה|מתאים~|מתאימה|סופק~|סופקה|נשלח~|נשלחה|מגיב~|מגיבה|הגיב~|הגיבה|טיפל~|טיפלה|מטפל~|מטפלת|עמד~|עמדה)",
                "אף אחד לא (קונה|קונים|קנה|משקיע|מוציא|רוצה)",
                "כל הזמן (משנה|משנים|מחליף~|מחליפה|מחליפים|מבטל~|מבטלת|דוחה)",
                "(משנה|משנים|שינה~|שינתה|שינו) (שוב|כל הזמן|באמצע)",
                "(לקח~|לקחה|לוקח~|לוקחת) (להם|לו|לה|לנו)? .. (ימים|שבועות|חודשים|נצח)",
                "(נמשך~|נמשכה|נמשכו|נגרר~|נגררה|נגררו) .. (ימים|שבועות|חודשים|נצח)",
                "אין (תקציב|תקציבים|כסף|ביקוש)");
        blame(p, BlameTarget.PRICE, "PRICE",
                "(אנחנו|אנו)? (פשוט|באמת|הרבה|ממש|עדיין)? (יקרים|יקר~|יקרה) (מדי|מידי|מדיי|מאוד|בהרבה)",
                "(אנחנו|אנו) (פשוט|באמת|ממש|עדיין|נחשבים)? (יקרים|יקר~|יקרה)",
                "(יקרים|יקר~|יקרה) (יותר|מ*)",
                "(מחיר|מחירים|מחירון|תמחור|הצעה|הצעת מחיר|עלות) (שלנו)? (פשוט|מאוד|ממש)? (גבוה~|גבוהה|יקר~|יקרה|מופרז~|מופרזת|לא תחרותי~|לא תחרותית|מוגזם~|מוגזמת)",
                "בגלל (מחיר|המחיר|מחירים|המחירים|תמחור|התמחור|עלות|העלות)",
                "(העלאת|העלאות) מחירים",
                "(להעלות|העלה~|העלתה|העלו|העלינו) (את)? (מחיר|המחיר|מחירים|המחירים)",
                "(מחיר|המחיר|מחירים|המחירים) (הפיל~|הרג~|הרס~|הבריח~|הבריחו)");
        blame(p, BlameTarget.MARKET, "MARKET",
                "(מיתון|האטה|אינפלציה|מלחמה|בחירות|קורונה|פיטורים)",
                "(ריבית) (גבוהה|עלתה|הגבוהה)?",
                "מצב (ביטחוני|הביטחוני|כלכלי|הכלכלי|במשק)",
                "(שוק|כלכלה|משק) (ירד~|ירדה|חלש~|חלשה|רע~|רעה|קשה|תקוע~|תקועה|גרוע~|גרועה|מת~|מתה|איטי~|איטית|במיתון)",
                "(חגים|עונה מתה|עונה חלשה|עונה גרועה|אמצע הקיץ)",
                "(תזמון|עיתוי) (גרוע~|גרועה|רע~|רעה|לא טוב)",
                "(מתחרים|מתחרה|תחרות) (לקח~|לקחה|לקחו|גנבו|גנב~|חתכו|הורידו|ניצחו|זכו|זולים|זול~|זולה|אגרסיביים|עקפו|עקף~|עקפה|גברו)",
                "(מפגרים|מפגר~|מפגרת) אחרי (שוק|השוק|מתחרים|המתחרים|תחרות|התחרות)",
                "אף אחד לא (קונה|קונים|משקיע|משקיעים|מוציא|חותם|חותמים|רוצה להתחייב|מתחייב|רוצה לקנות|רוצה להוציא|רוצה לחתום)",
                "אין (היום|עכשיו)? (תקציבים|תקציב|ביקוש|כסף בשוק)",
                "(אף אחד|איש) .. (אין|לא) (כסף|תקציב|תקציבים)",
                "(לאף אחד|לאיש) (אין|לא) (היום|עכשיו)? (כסף|תקציב|תקציבים)",
                "(תקציבים|תקציב) (קפואים|הוקפאו|קוצצו|קפוא)",
                "בגלל (מלחמה|המלחמה|מצב|המצב|שוק|השוק|כלכלה|הכלכלה|חגים|החגים|עונה|העונה|ריבית|הריבית|מיתון|המיתון|בחירות|הבחירות)",
                "יוקר המחיה");
        blame(p, BlameTarget.PRODUCT, "PRODUCT",
                "(חסר~|חסרה|חסרים|חסרות|אין לנו|אין|לא היה|לא הייתה|בלי) .. (פיצר~|פיצרים|אינטגרציה|מודול|יכולת~|יכולות|תמיכה ב*|פונקציונליות|ממשק|דוחות|אפשרות)",
                "(מוצר|מערכת|תוכנה|פלטפורמה|אפליקציה|הדגמה|דמו|מכשיר) (שלנו)? לא (עובד~|עובדת|עבד~|עבדה|מוכן~|מוכנה|יציב~|יציבה|תומך~|תומכת|יודע~|יודעת|מתאים~|מתאימה|מתממשק~|מתממשקת|עמד~|עמדה)",
                "(מוצר|מערכת|תוכנה|פלטפורמה|אפליקציה|הדגמה|דמו|מכשיר) (שלנו)? (קרס~|קרסה|נתקע~|נתקעה|איטי~|איטית|מיושן~|מיושנת|מסורבל~|מסורבלת|גרוע~|גרועה|שבור~|שבורה|נפל~|נפלה|קורס~|קורסת|מלא~|מלאה)",
                "(באגים|תקלות במערכת|תקלות במוצר|באג)",
                "(מלא~|מלאה) (באגים|תקלות)",
                "איכות (ירודה|גרועה|נמוכה)");
        blame(p, BlameTarget.OPERATIONS, "OPERATIONS",
                "(משלוח|משלוחים|הזמנה|אספקה|משאית|סחורה|התקנה|חלקים) (איחר~|איחרה|איחרו|התעכב~|התעכבה|התעכבו|נתקע~|נתקעה|הגיע~ באיחור|הגיעה באיחור|הגיעו באיחור|הגיע~ פגום~|נאבד~|נאבדה)",
                "(באיחור)",
                "(אזל~|אזלה|נגמר~|נגמרה) (מ)?(מלאי|המלאי)",
                "(אין|לא היה|לא הייתה) (במלאי|מלאי)",
                "(לידים) (גרוע~|גרועים|חלשים|קרים|זבל|לא רלוונטיים)",
                "(זמני|זמן) (אספקה|האספקה) (ארוכים|ארוך~|ארוכה|איטיים)");
        blame(p, BlameTarget.MANAGEMENT, "MANAGEMENT",
                "(יעדים|מכסה|מכסות|יעד|היעדים|המכסה) (לא מציאותיים|לא מציאותי~|לא מציאותית|לא מציאותיות|מטורפים|הזויים|בלתי אפשריים|גבוהים מדי)",
                "(אין|לא קיבלתי|לא מקבל~|לא מקבלת|אין לי) (גיבוי|תמיכה|אישור) (מ)?(הנהלה|ההנהלה|מנהל~|המנהל|בוס|הבוס|למעלה|המטה)",
                "(יעד|יעדים|מכסה|מכסות) .. (אף אחד|איש) לא (יכול|מסוגל|יעמוד|עומד)",
                "(מנהל~|מנהלת) (שלי|שלנו|מכירות|המכירות) (לחץ~|לחצה|דחף~|דחפה|הכריח~|הכריחה|מיהר~|מיהרה|אילץ~|אילצה)");
    }
}
