package io.onme.scoring.analysis;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ownership rewrites for blame statements, per target (and, for some targets, per theme such
 * as a customer who does not listen), in both languages. The variant is chosen by a stable
 * hash of the blamed clause, so the same reflection always gets the same suggestion.
 */
final class ReframeCatalogue {

    private final Map<String, List<String>> en = new HashMap<>();
    private final Map<String, List<String>> he = new HashMap<>();
    private final Map<BlameTarget, String> fallbackTheme = new EnumMap<>(BlameTarget.class);

    ReframeCatalogue() {
        for (BlameTarget t : BlameTarget.values()) {
            fallbackTheme.put(t, t.name());
        }
        put("PRICE",
                List.of("I haven't yet shown value worth the price.",
                        "I haven't yet tied our price to the savings that matter to him.",
                        "I talked price before I had built the value case; next time I'll quantify the return first."),
                List.of("עוד לא הראיתי ערך ששווה את המחיר.",
                        "עוד לא חיברתי את המחיר לחיסכון שחשוב לו.",
                        "דיברתי על מחיר לפני שבניתי את הערך; בפעם הבאה אכמת קודם את התועלת."));
        put("CUSTOMER",
                List.of("I haven't yet found what matters enough to this customer to move him.",
                        "I haven't yet adapted my approach to how this customer decides.",
                        "The customer is who he is; it's on me to find the way to work with him."),
                List.of("עוד לא מצאתי מה מספיק חשוב ללקוח הזה כדי להזיז אותו.",
                        "עוד לא התאמתי את הגישה שלי לאופן שבו הלקוח הזה מחליט.",
                        "הלקוח הוא מי שהוא; זה עליי למצוא את הדרך לעבוד איתו."));
        put("CUSTOMER_ATTENTION",
                List.of("I haven't yet earned his attention.",
                        "I haven't yet asked the questions that would make him want to listen.",
                        "I talked more than I listened; next time I'll open with his priorities."),
                List.of("עוד לא הרווחתי את תשומת הלב שלו.",
                        "עוד לא שאלתי את השאלות שיגרמו לו לרצות להקשיב.",
                        "דיברתי יותר משהקשבתי; בפעם הבאה אפתח בסדרי העדיפויות שלו."));
        put("CUSTOMER_PRICE",
                List.of("I haven't yet shown this customer value worth paying for.",
                        "I haven't yet made the cost of doing nothing clear to him.",
                        "A careful buyer needs numbers; it's on me to bring him a return he can defend."),
                List.of("עוד לא הראיתי ללקוח הזה ערך ששווה לשלם עליו.",
                        "עוד לא הבהרתי לו כמה עולה לו לא לעשות כלום.",
                        "לקוח זהיר צריך מספרים; זה עליי להביא לו החזר שהוא יכול להגן עליו."));
        put("CUSTOMER_UNRESPONSIVE",
                List.of("I haven't yet given him a reason to answer.",
                        "I haven't yet secured a clear next step he committed to.",
                        "I can reach him through another door; it's on me to find it."),
                List.of("עוד לא נתתי לו סיבה לענות.",
                        "עוד לא סגרתי איתו צעד הבא ברור שהוא התחייב אליו.",
                        "אפשר להגיע אליו דרך דלת אחרת; זה עליי למצוא אותה."));
        put("MANAGEMENT",
                List.of("I haven't yet made a strong enough case to my manager for what this deal needs.",
                        "I can bring management the numbers earlier so the decision goes my way.",
                        "Within the rules I was given, I haven't yet found the way to win this."),
                List.of("עוד לא בניתי מול המנהל שלי טיעון מספיק חזק למה שהעסקה הזו צריכה.",
                        "אני יכול להביא להנהלה את המספרים מוקדם יותר כדי שההחלטה תעבוד בשבילי.",
                        "בתוך הכללים שקיבלתי, עוד לא מצאתי את הדרך לנצח בזה."));
        put("OPERATIONS",
                List.of("I haven't yet set expectations and tracked the order closely enough.",
                        "I can follow up with the team myself and keep the customer updated before he has to ask.",
                        "Delays happen; it's on me to warn the customer early and offer a plan."),
                List.of("עוד לא תיאמתי ציפיות ולא עקבתי אחרי ההזמנה מספיק מקרוב.",
                        "אני יכול לעקוב בעצמי מול הצוות ולעדכן את הלקוח לפני שהוא צריך לשאול.",
                        "עיכובים קורים; זה עליי להתריע מוקדם ללקוח ולהציע לו תוכנית."));
        put("MARKET",
                List.of("The market is the same for everyone; I haven't yet shown why buying now pays off.",
                        "I haven't yet found the customers for whom this is urgent right now.",
                        "I haven't yet shown why we are the better choice than the competition."),
                List.of("השוק זהה לכולם; עוד לא הראיתי למה לקנות עכשיו משתלם.",
                        "עוד לא מצאתי את הלקוחות שבשבילם זה דחוף דווקא עכשיו.",
                        "עוד לא הראיתי למה אנחנו הבחירה הטובה יותר מהמתחרים."));
        put("PRODUCT",
                List.of("I haven't yet focused the conversation on what our product does solve for him.",
                        "I haven't yet found a workaround or partner that closes the gap.",
                        "I can qualify fit earlier so the gap doesn't surprise us at the end."),
                List.of("עוד לא מיקדתי את השיחה במה שהמוצר שלנו כן פותר לו.",
                        "עוד לא מצאתי פתרון עוקף או שותף שסוגר את הפער.",
                        "אני יכול לבדוק התאמה מוקדם יותר כדי שהפער לא יפתיע אותנו בסוף."));
    }

    private void put(String theme, List<String> english, List<String> hebrew) {
        en.put(theme, english);
        he.put(theme, hebrew);
    }

    /** The variants for a target and theme (the target's general variants when the theme has none). */
    List<String> variants(BlameTarget target, String theme, Language lang) {
        Map<String, List<String>> book = lang == Language.HE ? he : en;
        List<String> variants = theme == null ? null : book.get(theme);
        return variants != null ? variants : book.get(fallbackTheme.get(target));
    }

    String suggest(BlameTarget target, String theme, Language lang, String original) {
        List<String> variants = variants(target, theme, lang);
        int h = original.hashCode() & 0x7fffffff;
        return variants.get(h % variants.size());
    }
}
