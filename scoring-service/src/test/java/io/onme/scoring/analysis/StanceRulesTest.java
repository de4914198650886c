package io.onme.scoring.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One or more cases of our own for every rule of the labelling guide, in both languages and in
 * wording that does not appear in the development set.
 */
class StanceRulesTest {

    private static final RuleEngine ANALYZER = new RuleEngine();

    static Stream<Arguments> cases() {
        return Stream.of(
                // explicit responsibility
                c("responsibility", "Losing this one is on me.", Stance.OWNERSHIP),
                c("responsibility", "ההפסד הזה עליי.", Stance.OWNERSHIP),
                c("responsibility", "This is my responsibility and I accept it.", Stance.OWNERSHIP),
                c("responsibility", "אני לוקחת אחריות מלאה על מה שקרה בפגישה.", Stance.OWNERSHIP),
                // own controllable failure
                c(
                        "own failure",
                        "I never asked who else was involved in the decision.",
                        Stance.OWNERSHIP),
                c("own failure", "לא שאלתי מי עוד מעורב בהחלטה.", Stance.OWNERSHIP),
                c(
                        "own failure",
                        "I rushed the demo and skipped the discovery questions.",
                        Stance.OWNERSHIP),
                c("own failure", "מיהרתי בהדגמה ודילגתי על שאלות הבירור.", Stance.OWNERSHIP),
                // remedy
                c(
                        "remedy",
                        "Next time I'll confirm the budget owner before the demo.",
                        Stance.OWNERSHIP),
                c("remedy", "להבא אוודא מי מחזיק בתקציב לפני ההדגמה.", Stance.OWNERSHIP),
                // credit for a success from own work
                c(
                        "credit",
                        "We landed the account because I mapped every stakeholder early.",
                        Stance.OWNERSHIP),
                c("credit", "חתמנו כי מיפיתי את כל מקבלי ההחלטות מוקדם.", Stance.OWNERSHIP),
                // a plain account or schedule is neutral
                c("schedule", "Follow-up call booked for Sunday.", Stance.NEUTRAL),
                c("schedule", "שיחת המשך נקבעה ליום ראשון.", Stance.NEUTRAL),
                c("schedule", "I'll call him on Sunday.", Stance.NEUTRAL),
                c("schedule", "אתקשר אליו ביום ראשון.", Stance.NEUTRAL),
                // blame, one target each
                c(
                        "blame customer",
                        "The buyer was rude and kept checking his phone.",
                        Stance.BLAME,
                        BlameTarget.CUSTOMER),
                c(
                        "blame customer",
                        "הקונה היה גס רוח וכל הזמן בדק את הטלפון.",
                        Stance.BLAME,
                        BlameTarget.CUSTOMER),
                c(
                        "blame customer",
                        "She ghosted me after the proposal.",
                        Stance.BLAME,
                        BlameTarget.CUSTOMER),
                c(
                        "blame customer",
                        "הלקוחה התחמקה ממני אחרי ההצעה.",
                        Stance.BLAME,
                        BlameTarget.CUSTOMER),
                c(
                        "blame management",
                        "Management froze all discounts this quarter.",
                        Stance.BLAME,
                        BlameTarget.MANAGEMENT),
                c(
                        "blame management",
                        "ההנהלה הקפיאה את כל ההנחות ברבעון הזה.",
                        Stance.BLAME,
                        BlameTarget.MANAGEMENT),
                c(
                        "blame operations",
                        "The courier lost the package twice.",
                        Stance.BLAME,
                        BlameTarget.OPERATIONS),
                c(
                        "blame operations",
                        "חברת השליחויות איבדה את החבילה פעמיים.",
                        Stance.BLAME,
                        BlameTarget.OPERATIONS),
                c(
                        "blame price",
                        "Our price list is far above the market.",
                        Stance.BLAME,
                        BlameTarget.PRICE),
                c("blame price", "המחירון שלנו גבוה בהרבה מהשוק.", Stance.BLAME, BlameTarget.PRICE),
                c(
                        "blame market",
                        "Since the election nobody is signing anything.",
                        Stance.BLAME,
                        BlameTarget.MARKET),
                c(
                        "blame market",
                        "מאז הבחירות אף אחד לא חותם על כלום.",
                        Stance.BLAME,
                        BlameTarget.MARKET),
                c(
                        "blame product",
                        "The software kept freezing during the trial.",
                        Stance.BLAME,
                        BlameTarget.PRODUCT),
                c(
                        "blame product",
                        "התוכנה נתקעה כל הזמן בתקופת הניסיון.",
                        Stance.BLAME,
                        BlameTarget.PRODUCT),
                // negated blame is not blame
                c(
                        "negated blame",
                        "It wasn't the economy; I simply didn't follow up.",
                        Stance.OWNERSHIP),
                c("negated blame", "זה לא היה בגלל השוק, פשוט לא עקבתי אחריו.", Stance.OWNERSHIP),
                c(
                        "negated blame",
                        "The price was never the problem. I didn't build the value case.",
                        Stance.OWNERSHIP),
                // reported speech is not blame unless adopted
                c("reported", "She claims the product is too complicated.", Stance.NEUTRAL),
                c("reported", "הוא טוען שהמוצר מסובך מדי.", Stance.NEUTRAL),
                c(
                        "adopted",
                        "She claims the product is too complicated, and honestly she is right.",
                        Stance.BLAME,
                        BlameTarget.PRODUCT),
                c(
                        "adopted",
                        "הוא טוען שהמוצר מסובך מדי, והוא צודק.",
                        Stance.BLAME,
                        BlameTarget.PRODUCT),
                // praise of one thing, blame of another
                c(
                        "praise and blame",
                        "The demo was great, but the client is simply stingy.",
                        Stance.BLAME,
                        BlameTarget.CUSTOMER),
                c(
                        "praise and blame",
                        "ההדגמה הייתה מצוינת, אבל הלקוח פשוט קמצן.",
                        Stance.BLAME,
                        BlameTarget.CUSTOMER),
                // a difficulty taken on as the rep's job
                c(
                        "taken on",
                        "The market is slow right now, so it's on me to find buyers with urgent needs.",
                        Stance.OWNERSHIP),
                c(
                        "taken on",
                        "השוק איטי עכשיו, ולכן זה עליי למצוא לקוחות עם צורך דחוף.",
                        Stance.OWNERSHIP),
                c(
                        "taken on",
                        "He is a tough negotiator, but preparing for that is my job.",
                        Stance.OWNERSHIP),
                // an external cause offered next to the rep's own failure
                c(
                        "mixed",
                        "The warehouse shipped late, and I also forgot to warn the customer.",
                        Stance.MIXED,
                        BlameTarget.OPERATIONS),
                c(
                        "mixed",
                        "המחסן שלח באיחור, וגם אני שכחתי להזהיר את הלקוח.",
                        Stance.MIXED,
                        BlameTarget.OPERATIONS),
                c(
                        "mixed",
                        "Half of it is on the client, half of it is on me.",
                        Stance.MIXED,
                        BlameTarget.CUSTOMER),
                // stable, global self-judgement
                c(
                        "helpless",
                        "I'm hopeless at this job and nothing I say ever works.",
                        Stance.HELPLESS),
                c("helpless", "אני פשוט לא מסוגלת למכור, כלום לא עוזר.", Stance.HELPLESS),
                c("helpless", "אני תמיד נתקעת מול לקוחות קשים.", Stance.HELPLESS),
                c(
                        "helpless",
                        "I'm just not good enough, and I also didn't prepare.",
                        Stance.HELPLESS),
                // ... unless a way to change is stated
                c(
                        "helpless with change",
                        "I'm bad at negotiating, so I signed up for a negotiation course.",
                        Stance.OWNERSHIP),
                c("helpless with change", "אני גרוע במשא ומתן, אז נרשמתי לקורס.", Stance.OWNERSHIP),
                // target naming
                c(
                        "management decision on price",
                        "Management decided to raise our prices mid-quarter.",
                        Stance.BLAME,
                        BlameTarget.MANAGEMENT),
                c(
                        "management decision on price",
                        "ההנהלה החליטה להעלות את המחירים.",
                        Stance.BLAME,
                        BlameTarget.MANAGEMENT),
                c(
                        "price list itself",
                        "Our price list is simply too high.",
                        Stance.BLAME,
                        BlameTarget.PRICE),
                c(
                        "consequence is not a cause",
                        "The shipment came two weeks late, so they went to a competitor.",
                        Stance.BLAME,
                        BlameTarget.OPERATIONS),
                c(
                        "consequence is not a cause",
                        "המשלוח הגיע באיחור של שבועיים, אז הם עברו למתחרה.",
                        Stance.BLAME,
                        BlameTarget.OPERATIONS),
                c(
                        "agent names the target",
                        "Support never got back to him about the bug report.",
                        Stance.BLAME,
                        BlameTarget.OPERATIONS),
                // credit: a success explained by the rep's own deliberate act or insight
                c(
                        "credit from own act",
                        "Won the tender. I rewrote the proposal around their safety record and tailored the pricing.",
                        Stance.OWNERSHIP),
                c(
                        "credit from own act",
                        "העסקה נחתמה. בניתי לה השוואת עלויות מול הספק הנוכחי שלה.",
                        Stance.OWNERSHIP),
                c(
                        "credit from own act",
                        "סגרנו היום. למדתי לשאול על התקציב כבר בשיחה הראשונה.",
                        Stance.OWNERSHIP),
                c(
                        "credit to a thing the rep made",
                        "The ROI sheet I made did the trick.",
                        Stance.OWNERSHIP),
                c(
                        "credit to a thing the rep made",
                        "התוכנית שבניתי לו הורידה את ההתנגדות.",
                        Stance.OWNERSHIP),
                c(
                        "changed approach, customer responded",
                        "This time I opened with questions about their targets instead of the deck, and she finally opened up.",
                        Stance.OWNERSHIP),
                c(
                        "changed approach, customer responded",
                        "הפעם שאלתי קודם על היעדים שלה, והיא נפתחה.",
                        Stance.OWNERSHIP),
                c(
                        "a polite hearing is not a success",
                        "He listened politely. I brought the samples, no decision yet.",
                        Stance.NEUTRAL),
                c(
                        "a polite hearing is not a success",
                        "הוא הקשיב בנימוס, הבאתי דוגמאות, אין החלטה עדיין.",
                        Stance.NEUTRAL),
                c(
                        "success without credit",
                        "Inbound lead, I sent the quote within the hour and they ordered.",
                        Stance.NEUTRAL),
                c("success without credit", "שלחתי הצעה, הם חתמו אחרי יומיים.", Stance.NEUTRAL),
                c(
                        "success credited to someone else",
                        "The competitor's outage did it for us, they signed on Monday.",
                        Stance.NEUTRAL),
                // denial of agency next to external causes is blame
                c(
                        "denial of agency",
                        "The install team never showed up and the client stopped answering. There was nothing more I could do.",
                        Stance.BLAME,
                        BlameTarget.OPERATIONS,
                        BlameTarget.CUSTOMER),
                c(
                        "denial of agency",
                        "המחסן לא סיפק בזמן והמתחרים חתכו מחירים. זה לא היה בשליטה שלי.",
                        Stance.BLAME,
                        BlameTarget.OPERATIONS,
                        BlameTarget.MARKET),
                c(
                        "denial with self-judgement",
                        "אין לי שום דרך להצליח בזה, אני פשוט לא מספיק טובה.",
                        Stance.HELPLESS),
                // a management decision judged negatively is management, even about prices
                c(
                        "management decision",
                        "The head office fixed a price list that nobody can sell with.",
                        Stance.BLAME,
                        BlameTarget.MANAGEMENT),
                c(
                        "management decision",
                        "המטה הכתיב לנו מחירון שאי אפשר להתחרות איתו.",
                        Stance.BLAME,
                        BlameTarget.MANAGEMENT),
                c(
                        "management decision",
                        "Management imposed a minimum price, and the buyer argues over every clause.",
                        Stance.BLAME,
                        BlameTarget.MANAGEMENT,
                        BlameTarget.CUSTOMER),
                // marketing and its leads are operations
                c(
                        "marketing leads",
                        "The leads marketing passes us are garbage.",
                        Stance.BLAME,
                        BlameTarget.OPERATIONS),
                c(
                        "marketing leads",
                        "הלידים מהקמפיין של השיווק לא רלוונטיים בכלל.",
                        Stance.BLAME,
                        BlameTarget.OPERATIONS),
                // the customer's previous vendor is the customer's history, not our operations
                c(
                        "previous vendor",
                        "Her old supplier burned her, so she questions every number I give.",
                        Stance.BLAME,
                        BlameTarget.CUSTOMER),
                c(
                        "previous vendor",
                        "הספקית הקודמת שלהם אכזבה אותם, והם חשדנים כלפי כולם.",
                        Stance.BLAME,
                        BlameTarget.CUSTOMER),
                c(
                        "our supplier",
                        "Our supplier sent the wrong parts.",
                        Stance.BLAME,
                        BlameTarget.OPERATIONS));
    }

    /** Plain accounts that mention customers, prices, departments and products without a cause. */
    static List<String> plainAccounts() {
        return List.of(
                "Met the CFO and the head of IT at their office. Walked them through pricing and the implementation plan. They will review internally and get back to us next week.",
                "Second call with the buyer. We covered the integration questions, the support model and the delivery schedule. Proposal due Monday.",
                "Quick check-in with the client; they confirmed the budget is approved and asked for a revised quote with three-year terms.",
                "Demo for the operations team. Questions about the mobile app and reporting. Follow-up demo booked for Thursday at 10.",
                "The customer signed the renewal today for two more years.",
                "נפגשתי עם מנהל הרכש ועם סמנכ\"ל התפעול. עברנו על המחירון ועל לוח הזמנים של ההתקנה. הם יחזרו אלינו בשבוע הבא.",
                "שיחה שנייה עם הלקוחה. דיברנו על האינטגרציה, על התמיכה ועל זמני האספקה. ההצעה תישלח ביום שני.",
                "הלקוח אישר שהתקציב מאושר וביקש הצעת מחיר מעודכנת לשלוש שנים.",
                "הדגמה לצוות התפעול, היו שאלות על האפליקציה ועל הדוחות. נקבעה הדגמת המשך ליום חמישי.",
                "הלקוח חתם היום על חידוש לשנתיים.",
                "They asked whether we can deliver in March; I said I would check with logistics and confirm by Friday.",
                "היא שאלה אם נוכל לספק במרץ, אמרתי שאבדוק עם הלוגיסטיקה ואחזור אליה עד יום שישי.");
    }

    @ParameterizedTest
    @MethodSource("plainAccounts")
    void plainAccountsAreNeutral(String text) {
        Analysis a = ANALYZER.analyze(text, null);
        assertEquals(Stance.NEUTRAL, a.stance(), () -> a.evidence().toString());
        assertEquals(List.of(), a.blameTargets());
    }

    private static Arguments c(String rule, String text, Stance stance, BlameTarget... targets) {
        Set<BlameTarget> t = EnumSet.noneOf(BlameTarget.class);
        t.addAll(List.of(targets));
        return Arguments.of(rule, text, stance, t);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void decidesStanceAndTargets(
            String rule, String text, Stance stance, Set<BlameTarget> targets) {
        Analysis a = ANALYZER.analyze(text, null);
        assertEquals(stance, a.stance(), () -> rule + " — evidence " + a.evidence());
        Set<BlameTarget> got = EnumSet.noneOf(BlameTarget.class);
        got.addAll(a.blameTargets());
        assertEquals(targets, got, () -> rule + " — evidence " + a.evidence());
    }
}
