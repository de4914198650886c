package io.onme.scoring.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The built-in lexicon, written from the meaning of each category of the labelling guide
 * (ownership-model.md §3), in English and Hebrew. Pattern syntax: see {@link Pattern}.
 * Hebrew words are written without prefixes (the morphology strips ו/ה/ש/ב/כ/ל/מ chains) and
 * with {@code ~} where gender, number or person vary.
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
        for (String s : sources) {
            String src = s.trim();
            int space = src.indexOf(' ');
            String first = space < 0 ? src : src.substring(0, space);
            if (first.endsWith("?") && space > 0) {
                // an optional first word: index the pattern with and without it
                add(out, cue, target, theme, priority, first.substring(0, first.length() - 1) + src.substring(space));
                add(out, cue, target, theme, priority, src.substring(space + 1));
            } else {
                out.add(new Pattern(src, cue, target, theme, priority));
            }
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
            case HELPLESS -> 4;
            case RESPONSIBILITY, CREDIT -> 3;
            case BLAME, OWN_FAILURE -> 2;
            case REMEDY -> 1;
            default -> 0;
        };
    }

    // ------------------------------------------------------------------------------------
    private static void english(List<Pattern> p) {
        // --- explicit responsibility / taking it on
        add(p, Cue.RESPONSIBILITY,
                "it|that|this|which is|was|will|would be? on me",
                "it|that|this is|was all? on me",
                "on me to",
                "my responsibility|fault|mistake|bad|job|call|duty|problem",
                "my own fault|mistake|responsibility",
                "up to me",
                "i take|took|accept|own full? responsibility|ownership",
                "i will|am take|taking responsibility|ownership",
                "i own|owned this|that|it",
                "i am to blame",
                "i blame myself",
                "i dropped|drop the ball",
                "i blew|messed|screwed|fumbled it|up|this",
                "i made a|the mistake|error",
                "the|that mistake|fault was mine",
                "is|was mine to",
                "my part|share",
                "i own my part",
                "i am accountable|responsible",
                "i have to own");
        // --- own controllable failure
        add(p, Cue.OWN_FAILURE,
                "i also|just|really|simply|probably|clearly|never? did not|could not|was not|had not|have not|failed|forgot|neglected|missed|overlooked|underestimated|misread|ignored|skipped|rushed|assumed",
                "i also|just|really|simply|probably? never asked|checked|mapped|followed|qualified|prepared|listened|confirmed|called",
                "i talked|spoke|pitched|pushed|discounted|rushed too much|hard|fast|early|soon|quickly|long",
                "i should|could|would have|of",
                "i should not|n't have",
                "i let it|him|her|them|the",
                "i lost him|her|them|control|the room|track",
                "i was not|n't prepared|ready|clear|listening|focused|specific|sharp",
                "i came unprepared|underprepared",
                "i did a poor|bad|weak job",
                "i gave up|in too",
                "i went in without|unprepared",
                "i waited too long",
                "we|i were|was too late|slow to",
                "my prep|preparation|pitch|demo|follow-up|followup|questions|discovery was|were weak|poor|bad|not",
                "my mistake",
                "i realize|realise|see|know|admit|understand|think i|that i? did not|had not|have not|never|failed|should|could|was not",
                "i hadn't");
        // --- remedy / way to change
        add(p, Cue.REMEDY,
                "next time",
                "from now on",
                "going forward",
                "in future|the future",
                "i need|have|must|want|plan|intend|am going to learn|practice|practise|improve|work|get|prepare|change|fix|ask|bring|map|start|stop|slow|build|focus|set|follow|read|study|take",
                "i will|am going to|am gonna learn|practice|practise|improve|work on|change|make sure|ensure|be sure|focus|try|prepare|study|get coaching|ask for coaching",
                "i will start|stop|always|never again",
                "lesson learned|learnt",
                "i learned|learnt that",
                "i will make sure|ensure",
                "to get better at",
                "i am taking|signing up for|signed up for a|the course|training|workshop",
                "i asked for coaching|feedback|help");
        // --- intentions (a concrete next action when paired with a time word)
        add(p, Cue.INTENT,
                "i will|shall|am|plan",
                "i am going|sending|calling|meeting|booking|preparing|emailing",
                "we will|are going");
        add(p, Cue.TIME,
                "tomorrow", "today", "tonight", "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
                "next week|month|call|meeting|visit", "this week|afternoon|evening|morning",
                "by end|eod|friday|monday|tomorrow", "within a|the|two|three? day|days|week|hours");
        // --- success for the credit rule, and explicit credit
        add(p, Cue.SUCCESS,
                "we|i won|closed|signed|landed|got|nailed|booked|secured|converted",
                "the deal|contract|order closed|went|signed|came",
                "closed|won|landed the deal|contract|account|order",
                "he|she|they signed|bought|agreed|said yes|renewed|upgraded");
        add(p, Cue.CREDIT,
                "thanks to my|the way i|me",
                "because i prepared|insisted|asked|listened|mapped|brought|followed|called|pushed|showed|built|found|tailored|persisted|did",
                "my preparation|prep|persistence|follow-up|discovery|research paid off|worked|made the difference",
                "i made it happen",
                "it paid off that i");
        // --- helplessness: stable, global self-judgement
        add(p, Cue.HELPLESS,
                "not cut out",
                "nothing i do|try|say works|helps|matters",
                "whatever i do|try",
                "i am just|simply|really|so? bad|terrible|awful|hopeless|useless|horrible|lousy|no good|rubbish at",
                "i am not good|great enough",
                "i am just|simply|really? not good|great|built|made|a",
                "i am never going to",
                "i will never be able to|sell|close|get|make|win|be",
                "i can not|will not|never? ever? sell|close|do this|do it",
                "i just can not",
                "never buy|buys|work|works|listen|listens for|from|to me",
                "i always fail|lose|mess|screw|blow|choke",
                "i am a failure|loser",
                "i suck at|ca",
                "i give up",
                "what is the point",
                "it is hopeless",
                "i am not a salesperson|salesman|saleswoman|seller|closer|people person",
                "not meant|made for sales|selling|this",
                "i do not have what it takes",
                "i am not made for|of",
                "this job|sales is not for me");
        // --- reporting and adoption
        add(p, Cue.REPORT,
                "says|said|say|claims|claimed|told|tells|thinks|thought|feels|felt|complained|complains|mentioned|argued|argues|insists|insisted|according|believes",
                "in his|her|their view|opinion|words");
        add(p, Cue.ADOPT,
                "frankly|honestly|truthfully|admittedly we|it|they|he|she are|is|were|was|do|does",
                "he|she|they is|are|was|were right|correct",
                "he|she|they has|have|had a point",
                "and he|she|they is|are|was right|correct",
                "which is|was true|fair",
                "it is|was true",
                "i agree", "to be fair|honest", "rightly so", "and rightly", "fair point");
        // --- negators and problem nouns (negated blame: "it wasn't the price")
        add(p, Cue.NEGATOR, "not", "never", "no", "nothing", "none", "neither|nor");
        add(p, Cue.PROBLEM_NOUN, "problem|issue|reason|cause|blocker|obstacle|culprit|fault");
        add(p, Cue.CAUSAL_EMPHASIS,
                "that|this|which is|was what sank|killed|lost|blew|ruined|tanked|cost|broke",
                "that|this is|was why",
                "which is|was why",
                "because of that|this|him|her|them",
                "sank|killed|ruined|cost us the deal|sale|order",
                "is|was the reason|cause");
        add(p, Cue.SHARE, "also", "too", "as well", "half", "part of it", "partly", "partially", "share of", "some of it", "both");
        add(p, Cue.FIRST_PERSON, "i", "we");

        // --- CUSTOMER: traits and behaviour
        blame(p, BlameTarget.CUSTOMER, "CUSTOMER_PRICE",
                "cheap|stingy|tight|tightfisted|penny-pinching|greedy|miserly",
                "cheapskate", "only|just wants|wanted|looking|cares|cared|hunting|after|interested discount*|deal*|bargain*|the lowest|a cheaper",
                "only|just hunting|looking|cares|shopping for|about? deals|discounts|price|bargains|a deal",
                "wo|will not|would not|refuses|refused to pay|spend",
                "never pay|pays");
        blame(p, BlameTarget.CUSTOMER, "CUSTOMER_ATTENTION",
                "never|did not|does not|would not|was not|refused to|wo listen|listens|listening|listened",
                "not listening",
                "doesn't|did not|does not|wasn't|was not|isn't|is not|never paying? pay|paid|paying attention",
                "did not|does not|would not|refused to hear",
                "kept interrupting", "interrupted me", "talked over me", "on his|her phone",
                "distracted|uninterested|disinterested|bored|indifferent|closed-minded|close-minded|stubborn",
                "did not|does not|would not care");
        blame(p, BlameTarget.CUSTOMER, "CUSTOMER_UNRESPONSIVE",
                "ghosted|vanished|disappeared|went dark|went silent|stopped answering|stopped responding",
                "never|did not|does not|would not|wo answered|answer|answers|replied|reply|replies|respond|responded|responds|returned|return|call back|called back|got back|showed up|show up",
                "no-show|no show",
                "not serious", "wasting my time", "wasted my time", "a tire kicker", "tire-kicker", "tyre kicker",
                "does not|did not|doesn't know what he|she|they want|wants|wanted",
                "keeps|kept changing|moving his|her|their mind|the goalposts|requirements",
                "can not|could not make up his|her|their mind",
                "indecisive", "flaky", "unreliable");
        blame(p, BlameTarget.CUSTOMER, "CUSTOMER",
                "rude|hostile|arrogant|aggressive|impossible|difficult|dumb|stupid|clueless|ignorant|unreasonable|impatient|dishonest|a jerk|an idiot|toxic|condescending|annoying|demanding|picky",
                "lied to me", "lying", "strung me along", "played me", "used me", "shopping around",
                "customer's|client's|buyer's|prospect's fault",
                "fault of the customer|client|buyer");

        // --- entities (with a negative predicate in the clause they become blame)
        entity(p, BlameTarget.MANAGEMENT,
                "management", "leadership", "headquarters|hq", "my|our boss|manager|director|vp|ceo|cfo|cro|executives|bosses|managers",
                "the|our company|firm|policy|policies|targets|quota|quotas|bureaucracy",
                "upper|senior management", "higher-ups|higher ups", "the board", "sales director|manager");
        entity(p, BlameTarget.OPERATIONS,
                "shipping|warehouse|logistics|delivery|deliveries|supply|supplier|suppliers|vendor|carrier|carriers|courier|couriers|fulfillment|fulfilment|support|helpdesk|legal|procurement|finance|billing|accounting|marketing|operations|ops|installation|installers|technicians|onboarding|production|manufacturing|factory|lead|leads",
                "customer service|success", "the shipment|order|install", "our team|engineers|engineering|devs|it department", "lead times|time");
        entity(p, BlameTarget.PRICE,
                "price|prices|pricing|price list|pricelist|price tag|rates|fee|fees|cost|costs|quote|quotation|premium",
                "discount|discounts");
        entity(p, BlameTarget.MARKET,
                "market|economy|competition|competitor|competitors|rival|rivals|recession|inflation|interest|season|timing|war|budget season|holidays",
                "the situation");
        entity(p, BlameTarget.PRODUCT,
                "product|feature|features|bug|bugs|platform|software|app|module|system|tool|integration|version|release|quality|functionality|solution|device|machine|hardware");

        add(p, Cue.NEGATIVE,
                "late|delayed|delay|delays|slow|slowly|messed|screwed|botched|broke|broken|crashed|crash|crashes|failed|fails|failing|ignored|ignores|lost|missing|lacks|lacking|lacked|buggy|unstable|unreliable|useless|terrible|awful|bad|poor|weak|outdated|clunky|complicated|expensive|pricey|overpriced|high|higher|refused|refuses|rejected|blocked|blocks|cut|cuts|forced|forces|pushed|pushes|pressured|won|took|undercut|undercuts|cheaper|tough|down|slowing|dead|crazy|impossible|unrealistic|stuck|mess|disaster|nightmare|wrong|error|errors|problem|problems|glitch|glitches|limitation|limitations|backlog|shortage|backorder|backordered|lost|dropped|forgot|sucks|sucked|killed|kills|hurt|hurts|worse",
                "too|way too|far too expensive|slow|high|late|complicated|much|little|strict|rigid|limited",
                "out of stock", "fell through|apart", "did not|does not|wo|would not|never deliver|ship|approve|allow|let|support|give|help|respond|answer|get back|work|arrive|come|show",
                "no one|nobody is|was buying|spending",
                "nobody|no one buys|bought|spends|has budget|has money");
        // --- explicit PRICE, MARKET, PRODUCT, OPERATIONS, MANAGEMENT statements
        blame(p, BlameTarget.PRICE, "PRICE",
                "we are|were just|simply|way|far? too expensive|pricey|costly|overpriced",
                "our|the price|prices|pricing|price list|quote is|are|was|were just|simply|way? too high|expensive|steep|uncompetitive|out of line",
                "overpriced", "priced out", "priced ourselves out", "too expensive", "too pricey", "too costly",
                "more expensive than", "price is a|the dealbreaker|deal-breaker|killer",
                "the price killed", "because of the price|prices|pricing|cost");
        blame(p, BlameTarget.MARKET, "MARKET",
                "the economy|market is|was down|bad|slow|dead|terrible|tough|soft|weak|frozen|crashing",
                "nobody|no one is|was buying|spending",
                "budgets are|were frozen|cut|tight",
                "recession", "downturn", "slowdown", "interest rates", "high rates", "inflation",
                "because of the war|situation|economy|market|holidays|season",
                "bad timing", "wrong timing", "the timing was bad|wrong|off",
                "competitors|competition took|stole|undercut|beat|won|grabbed|poached",
                "lost|losing to a|the competitor|competition",
                "we are|were behind the market|competition",
                "the season|holidays", "it is|was summer|holiday|holiday season|end of year|end of quarter");
        blame(p, BlameTarget.PRODUCT, "PRODUCT",
                "missing|lacks|lacking|lacked|does not have|did not have|has no|had no|without the? feature|features|integration|module|functionality|capability|support",
                "the product|software|platform|system|demo|app is|was buggy|broken|slow|clunky|outdated|unstable|not ready|behind",
                "the demo|system|platform|app crashed|froze|failed|broke",
                "buggy", "full of bugs", "too many bugs", "crashes", "kept crashing", "quality issues|problems",
                "does not|did not|can not|could not support|integrate|do");
        blame(p, BlameTarget.OPERATIONS, "OPERATIONS",
                "the shipment|delivery|order was|arrived|came late|delayed",
                "delivery|shipping|shipment delay|delays|was late|were late",
                "lead time|times is|are|was|were too? long",
                "out of stock", "backordered", "on backorder",
                "support|legal|finance|procurement|marketing|billing|the warehouse|logistics never|did not|took forever|was slow|dropped|ignored",
                "bad|poor|no|few|junk leads", "the leads are|were bad|junk|garbage|cold|weak");
        blame(p, BlameTarget.MANAGEMENT, "MANAGEMENT",
                "management|leadership|my boss|my manager|the company|hq|headquarters would not|wo|did not|refused|never|does not|rejected|forced|pushed|cut|blocked|raised|changed|insisted|demanded",
                "unrealistic targets|quota|quotas|goals", "the targets|quota|quotas are|were unrealistic|impossible|crazy",
                "no|not enough support|backing|budget|discount|discounts|approval from management|above|my manager|my boss",
                "my manager|boss pushed|forced|pressured|rushed|made me");
    }

    // ------------------------------------------------------------------------------------
    private static void hebrew(List<Pattern> p) {
        add(p, Cue.RESPONSIBILITY,
                "זה|זו|הכל|זאת עליי|עלי|עליי|באחריותי",
                "עליי|עלי לגמרי?",
                "האחריות|אחריות שלי|עליי",
                "באחריותי",
                "התפקיד|תפקיד|העבודה|עבודה שלי",
                "אני לוקח~|לקחתי|אקח על|את עצמי|האחריות|אחריות",
                "לוקח~|לקחתי|אקח אחריות",
                "אשמתי", "האשמה שלי", "הטעות שלי", "טעות שלי", "פישלתי", "טעיתי", "דפקתי את זה|העסקה",
                "תלוי|תלויה בי",
                "החלק שלי", "חלקי בזה");
        add(p, Cue.OWN_FAILURE,
                "לא @1s",
                "לא הצלחתי|הצלחנו|ידעתי|שמתי|הבנתי|הקשבתי|שאלתי|הכנתי|עדכנתי|וידאתי|בדקתי|מיפיתי",
                "הייתי|היה צריך~|צריכה|צריך|אמור~|חייב~|אמורה|חייבת ל*",
                "הייתי צריך~|צריכה",
                "היה עליי|עלי",
                "שכחתי|פספסתי|החמצתי|הזנחתי|מיהרתי|התפזרתי|התבלבלתי|נלחצתי|ויתרתי|הנחתי",
                "דיברתי|לחצתי|נדחפתי|מיהרתי|הורדתי יותר מדי|מהר מדי|מוקדם מדי|חזק מדי",
                "יותר מדי דיברתי",
                "לא הייתי מוכן~|מוכנה|ממוקד~|ממוקדת|מספיק|ערוך|ערוכה|חד~",
                "לא הגעתי מוכן~|מוכנה",
                "הגעתי לא מוכן~|מוכנה",
                "אני מבין~|מבינה|מודה|יודע~|יודעת|רואה ש?לא",
                "לא עשיתי מספיק|עבודה",
                "לא התכוננתי");
        add(p, Cue.REMEDY,
                "בפעם|פעם הבאה",
                "בשיחה|בפגישה|שיחה|פגישה הבאה",
                "מעכשיו", "מעתה", "להבא", "מהיום", "מכאן והלאה",
                "אני צריך~|צריכה|חייב~|חייבת ל*",
                "אני אלמד|אשפר|אתאמן|אעבוד על",
                "אלמד|אשפר|אתאמן|אתרגל",
                "אדאג ש*|ל*",
                "אני אדאג",
                "אקח|אני לוקח~ קורס|הדרכה|אימון",
                "ביקשתי|אבקש ליווי|אימון|משוב|עזרה",
                "למדתי ש*|מזה|את הלקח",
                "הלקח שלי");
        add(p, Cue.INTENT,
                "אני אתקשר|אשלח|אחזור|אביא|אכין|אקבע|אבקש|אציג|אפגש|אעדכן|אתחיל|אבדוק",
                "אתקשר|אשלח|אחזור|אביא|אכין|אקבע|אבקש|אציג|אפגש|אעדכן|אתחיל|אבדוק|אזמין|אציע|אבנה|אתאם",
                "אני שולח~|מתקשר~|חוזר~|מביא~|מכין~|קובע~|נפגש~|מציג~");
        add(p, Cue.TIME,
                "מחר", "היום", "הערב", "מחרתיים", "השבוע", "בשבוע|שבוע הבא", "ביום|יום ראשון|שני|שלישי|רביעי|חמישי|שישי",
                "עד סוף|יום", "בבוקר", "אחר הצהריים", "בשיחה|בפגישה|שיחה|פגישה הבאה");
        add(p, Cue.SUCCESS,
                "סגרתי|סגרנו|זכינו|זכיתי|חתמנו|חתמתי|ניצחנו|הבאתי",
                "העסקה|עסקה|ההזמנה|החוזה נסגר~|נחתם~|נסגרה|יצאה",
                "הוא|היא|הם חתם~|קנה~|הסכים~|אישר~");
        add(p, Cue.CREDIT,
                "בזכות|הודות ל? ה? שלי",
                "בזכות ש|שאני",
                "ההכנה|ההתמדה|המעקב|העקשנות שלי השתלמה|השתלם|עבדה|עשתה");
        add(p, Cue.HELPLESS,
                "לא בנוי~|בנויה|מתאים~|מתאימה|מסוגל~|מסוגלת|טוב~|טובה|חזק~|חזקה ל*|ב*",
                "אני לא בנוי~|בנויה|מסוגל~|מסוגלת|טוב~|טובה|מתאים~|מתאימה",
                "אני פשוט|כנראה|באמת? לא טוב~|טובה|בנוי~|בנויה|מסוגל~|מסוגלת|מתאים~|מתאימה",
                "אני גרוע~|גרועה|גרועים|כישלון|אפס|לוזר|חלש~|חלשה",
                "אני גרוע~|גרועה ב*",
                "שום דבר|כלום ש? אני? עושה|עושים|מנסה לא? עובד|עוזר|משנה",
                "שום דבר לא עובד|עוזר",
                "כלום לא עובד|עוזר",
                "מה ש? לא אעשה|אנסה",
                "אף פעם לא מצליח~|מצליחה|אצליח|אמכור|אסגור",
                "אני תמיד נכשל~|נכשלת|מפשל~|מפשלת|מפסיד~|מפסידה",
                "אני לעולם לא",
                "אף פעם לא אמכור|אסגור|אצליח",
                "אין לי את זה", "זה לא בשבילי", "לא בשבילי", "מכירות זה לא בשבילי",
                "אני לא איש|אשת מכירות",
                "אין טעם", "אין לי סיכוי", "אין סיכוי ש? אני",
                "נואש~|מיואש~|התייאשתי|מתייאש~",
                "אני לא יודע~|יודעת למכור|לסגור",
                "אף פעם לא קונים|קונה ממני",
                "לא קונים|קונה ממני אף פעם");
        add(p, Cue.REPORT,
                "אמר~|אמרה|אומר~|אומרת|טוען~|טוענת|טען~|טענה|חושב~|חושבת|חשב~|חשבה|התלונן~|התלוננה|מתלונן~|מתלוננת|סיפר~|סיפרה|הסביר~|הסבירה|מרגיש~|מרגישה|הרגיש~|הרגישה|טוענים|אמרו|אומרים",
                "לדבריו|לדבריה|לטענתו|לטענתה|לדעתו|לדעתה|לדבריהם|לטענתם|לדעתם",
                "לפי|בעיניו|בעיניה");
        add(p, Cue.ADOPT,
                "והוא|הוא|היא|והיא|הם|והם צודק~|צודקת|צודקים",
                "ובצדק", "ובאמת|באמת|ולמען האמת|האמת|ובכנות אנחנו|זה|יקרים",
                "וזה|זה נכון", "ואני מסכים~|מסכימה|אני מסכים~|מסכימה", "יש לו|לה|להם צדק|נקודה");
        add(p, Cue.NEGATOR, "לא", "אין", "אינו|אינה|אינם|אינני", "בלי");
        add(p, Cue.PROBLEM_NOUN, "הבעיה|בעיה|הסיבה|סיבה|האשם|אשם~|אשמה|המכשול");
        add(p, Cue.CAUSAL_EMPHASIS,
                "זה|זו מה ש* הפיל|הרג|הרס|גרם|תקע|פוצץ|עלה",
                "מה שהפיל|שהרג|שהרס|שגרם|שעלה",
                "הפיל~|הרס~|הרג~|פוצץ~ את העסקה|העסקה",
                "בגלל זה|זאת|ה|הוא|היא|הם|שלו|שלה",
                "זאת|זו|זה הסיבה|סיבה",
                "עלה לנו|לי ב? העסקה");
        add(p, Cue.SHARE, "גם", "חלק|חצי|בחלקו|בחלקה|חלקית", "באותה מידה", "שנינו");
        add(p, Cue.FIRST_PERSON, "אני", "אנחנו", "אנו");

        // --- CUSTOMER
        blame(p, BlameTarget.CUSTOMER, "CUSTOMER_PRICE",
                "קמצן~|קמצנית|קמצנים|קמצנות|חסכן~|חסכנית|צ'יפ|צ'יפי",
                "לא מוכן~|מוכנה|מוכנים לשלם|להוציא|להשקיע",
                "מחפש~|מחפשת|רוצה|רוצים|רק דיל*|הנחות|הנחה|מבצע*|מחיר|הכי זול",
                "רק דיל*|מחיר|הנחות|הנחה|הכי זול",
                "אף פעם|לעולם לא ישלם|ישלמו|תשלם|ישלם");
        blame(p, BlameTarget.CUSTOMER, "CUSTOMER_ATTENTION",
                "לא הקשיב~|הקשיבה|מקשיב~|מקשיבה|מקשיבים|שומע~|שמע~|מתעניין~|התעניין~|מתעניינת|התעניינה|מרוכז~|מרוכזת|קשוב~|קשובה",
                "לא מעניין אותו|אותה|אותם",
                "חסר~|חסרת|חסרי|נטול~|נטולת עניין|סבלנות",
                "משועמם~|משועממת|אדיש~|אדישה|עקשן~|עקשנית|סגור~|סגורה|מפוזר~|מפוזרת",
                "קטע~|קטעה|קוטע~|קוטעת אותי",
                "היה|הייתה|היו בטלפון");
        blame(p, BlameTarget.CUSTOMER, "CUSTOMER_UNRESPONSIVE",
                "נעלם~|נעלמה|היעלם~|נעלמו|הבריז~|הבריזה|התחמק~|התחמקה|מתחמק~|מתחמקת",
                "לא עונה|ענה~|ענתה|עונים|חזר~|חזרה|חוזר~|חוזרת|הגיע~|הגיעה|מגיב~|הגיב~|הגיבה",
                "לא רציני~|רצינית|רציניים",
                "מבזבז~|מבזבזת|בזבז~|בזבזה את הזמן שלי|זמני",
                "לא יודע~|יודעת|יודעים מה הוא|היא|הם? רוצה|רוצים|רוצות",
                "משנה|שינה~|שינתה את דעתו|דעתה|הדרישות",
                "הססן~|הססנית|לא החלטי~|לא מחליט~");
        blame(p, BlameTarget.CUSTOMER, "CUSTOMER",
                "עוין~|עוינת|עוינים|גס~|גסה|גסים|חצוף~|חצופה|יהיר~|יהירה|אגרסיבי~|אגרסיבית|קשה|קשוח~|קשוחה|מעצבן~|מעצבנת|טיפש~|טיפשה|טמבל~|דביל~|מטומטם~|מטומטמת|בלתי אפשרי~|בלתי אפשרית|שקרן~|שקרנית|נודניק|בעייתי~|בעייתית|לחוץ~|לחוצה",
                "אשמת|אשמתו|אשמתה|אשמתם הלקוח|הלקוחה",
                "שיקר~|שיקרה|משקר~|משקרת לי?",
                "מרח~|מרחה|מורח~|מורחת אותי");

        entity(p, BlameTarget.MANAGEMENT,
                "הנהלה|ההנהלה", "מנהל~|מנהלת|מנהלים|המנהל~|המנהלת|הבוס|בוס",
                "סמנכל~", "מנכל~", "החברה", "המדיניות|מדיניות", "יעדים|היעדים|מכסה|המכסה|מכסות",
                "הביורוקרטיה|ביורוקרטיה", "ההחלטה|החלטה של ההנהלה|החברה");
        entity(p, BlameTarget.OPERATIONS,
                "אספקה|האספקה|מחסן|המחסן|לוגיסטיקה|הלוגיסטיקה|משלוח|המשלוח|משלוחים|המשלוחים|ספק|הספק|ספקים|הספקים|שילוח|שליח|השליח|שליחויות|תמיכה|התמיכה|שירות|השירות|משפטית|המשפטית|רכש|הרכש|כספים|הכספים|הנהלת חשבונות|שיווק|השיווק|תפעול|התפעול|ייצור|הייצור|מפעל|המפעל|התקנה|ההתקנה|טכנאי~|הטכנאי~|לידים|הלידים|ליד|הליד|הזמנה|ההזמנה|הפיתוח|פיתוח",
                "מחלקת|המחלקה|מחלקה *",
                "זמני|זמן אספקה");
        entity(p, BlameTarget.PRICE,
                "מחיר|המחיר|מחירים|המחירים|מחירון|המחירון|תמחור|התמחור|הצעת|ההצעה|הצעת מחיר|עלות|העלות|עלויות",
                "הנחה|הנחות|ההנחה|ההנחות");
        entity(p, BlameTarget.MARKET,
                "שוק|השוק|כלכלה|הכלכלה|המשק|משק|מתחרים|המתחרים|מתחרה|המתחרה|התחרות|תחרות|מיתון|המיתון|ריבית|הריבית|אינפלציה|מלחמה|המלחמה|המצב|עונה|העונה|חגים|החגים|תזמון|העיתוי|עיתוי");
        entity(p, BlameTarget.PRODUCT,
                "מוצר|המוצר|פיצר|הפיצר|פיצרים|באג|באגים|מערכת|המערכת|תוכנה|התוכנה|פלטפורמה|הפלטפורמה|מודול|המודול|אינטגרציה|האינטגרציה|גרסה|הגרסה|איכות|האיכות|פונקציונליות|אפליקציה|האפליקציה|מכשיר|המכשיר|הפתרון|פתרון");
        add(p, Cue.NEGATIVE,
                "איחר~|איחרה|מאחר~|מאחרת|התעכב~|התעכבה|מתעכב~|מתעכבת|עיכוב~|עיכובים|תקוע~|תקועה|נתקע~|נתקעה|פישל~|פישלה|מפשל~|דפק~|דפקה|הרס~|הרסה|שבור~|שבורה|נשבר~|נשברה|קרס~|קרסה|קורס~|קורסת|התעלם~|התעלמה|מתעלם~|מתעלמת|איבד~|איבדה|חסר~|חסרה|חסרים|חסרות|חסרון|באגים|איטי~|איטית|איטיים|גרוע~|גרועה|חלש~|חלשה|מיושן~|מיושנת|מסורבל~|מסורבלת|יקר~|יקרה|יקרים|גבוה~|גבוהה|גבוהים|סירב~|סירבה|מסרב~|מסרבת|חסם~|חסמה|חוסם~|לחץ~|לחצה|לוחץ~|לוחצת|הכריח~|הכריחה|קיצץ~|קיצצה|קיצוץ~|לקח~|לקחה|לקחו|גנב~|גנבו|ירד~|ירדה|קשה|קשוח~|מפגר~|מפגרת|מפגרים|הזיה|בלגן|אסון|תקלה|תקלות|בעיה|בעיות|מגבלה|מגבלות|נכשל~|נכשלה|זול~|זולים|הפסיק~|מוגבל~|מוגבלת|לא מציאותי~|מטורף~|מטורפים|הפיל~",
                "מדי|יותר מדי|מידי",
                "לא נותן~|נותנת|נותנים|נתן~|נתנה|נתנו|מאשר~|מאשרת|מאשרים|אישר~|אישרה|אישרו|מספק~|מספקת|סיפק~|סיפקה|עובד~|עובדת|עבד~|עבדה|חזר~|חזרה|חזרו|הגיע~|הגיעה|הגיעו|עונה|ענה~|ענו|עוזר~|עזר~|עזרה|תומך~|תומכת|תמך~|מאפשר~|מאפשרת|איפשר~|מתאים~|מתאימה|סופק~|נשלח~|נשלחה|מגיב~|הגיב~",
                "אף אחד|אף אחד לא קונה|קונים|קנה|משקיע|מוציא",
                "אין תקציב|תקציבים|כסף|ביקוש");
        blame(p, BlameTarget.PRICE, "PRICE",
                "אנחנו|אנו פשוט|באמת|הרבה? יקרים|יקר מדי|מידי",
                "יקרים|יקר|יקרה מדי|מידי",
                "המחיר|מחיר|המחירים|מחירים|המחירון|התמחור|ההצעה גבוה~|גבוהה|גבוהים|יקר~|יקרה|יקרים|מופרז~|מופרזים מדי?",
                "יקרים|יקר יותר|יותר? מ*",
                "בגלל המחיר|המחירים|התמחור|העלות",
                "המחיר|המחירים הפיל~|הרג~|הרס~");
        blame(p, BlameTarget.MARKET, "MARKET",
                "השוק|הכלכלה|המשק|המצב במשק? ירד~|ירדה|חלש~|חלשה|רע~|רעה|קשה|תקוע~|תקועה|במיתון|גרוע~|גרועה",
                "מיתון", "האטה", "הריבית|ריבית גבוהה|עלתה", "אינפלציה",
                "בגלל המלחמה|המצב|השוק|הכלכלה|החגים|העונה|הריבית|המיתון",
                "המלחמה", "המצב הביטחוני",
                "עונה מתה|חלשה|גרועה",
                "תזמון|עיתוי גרוע|רע",
                "המתחרים|מתחרים|התחרות|מתחרה לקח~|לקחה|לקחו|גנבו|גנב~|חתכו|הורידו|ניצחו|זכו",
                "מפגרים|מפגר~ אחרי השוק|המתחרים|התחרות",
                "אף אחד לא קונה|קונים|משקיע|מוציא",
                "אין|אין היום תקציבים|תקציב|ביקוש|כסף בשוק");
        blame(p, BlameTarget.PRODUCT, "PRODUCT",
                "חסר~|חסרה|חסרים|חסרות|אין לנו|אין את? ה? פיצר*|אינטגרציה|האינטגרציה|מודול*|יכולת*|תמיכה|פונקציונליות",
                "המוצר|המערכת|התוכנה|הפלטפורמה|האפליקציה|ההדגמה|הדמו לא עובד~|עובדת|עבד~|עבדה|מוכן~|מוכנה|יציב~|יציבה|קרס~|קרסה|נתקע~|נתקעה|איטי~|איטית|מיושן~|מיושנת|מסורבל~|מסורבלת|גרוע~|גרועה",
                "באג|באגים|תקלה|תקלות במוצר|במערכת",
                "המוצר|המערכת|התוכנה לא תומך~|תומכת|יודע~|יודעת|מתאים~|מתאימה|מתממשק~|מתממשקת",
                "מלא|מלאה באגים",
                "איכות ירודה|גרועה");
        blame(p, BlameTarget.OPERATIONS, "OPERATIONS",
                "המשלוח|המשלוחים|ההזמנה|האספקה|המשאית|הסחורה איחר~|איחרה|איחרו|התעכב~|התעכבה|התעכבו|הגיע~|הגיעה באיחור",
                "באיחור",
                "אזל~|אזלה|חסר~ במלאי",
                "אין|לא היה במלאי",
                "לידים|הלידים גרוע~|גרועים|חלשים|קרים|זבל",
                "זמני|זמן האספקה|אספקה ארוכים|ארוך~|ארוכה");
        blame(p, BlameTarget.MANAGEMENT, "MANAGEMENT",
                "ההנהלה|הנהלה|המנהל~|מנהל~|המנהלת|הבוס|החברה|המטה|הסמנכל|המנכל לא נותנת|נותן~|נותנים|מאשר~|מאשרת|אישר~|אישרה|מאפשר~|מאפשרת|תומך~|תומכת|מגבה|גיבה|מקשיב~|מקשיבה",
                "ההנהלה|הנהלה|המנהל~|מנהל~|המנהלת|הבוס|החברה|המטה|הסמנכל|המנכל לחץ~|לחצה|לוחץ~|לוחצת|הכריח~|הכריחה|דחף~|דחפה|קיצץ~|קיצצה|העלה~|העלתה|שינה~|שינתה|חסם~|חסמה|סירב~|סירבה|דרש~|דרשה|החליט~|החליטה",
                "יעדים|היעדים|המכסה|מכסות לא מציאותיים|מציאותיות|מטורפים|הזויים|בלתי אפשריים",
                "אין|אין לנו|לא קיבלתי גיבוי|תמיכה|אישור מההנהלה|מהמנהל|מלמעלה");
    }
}
