package io.onme.scoring.analysis.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import io.onme.scoring.analysis.Analysis;
import io.onme.scoring.analysis.AttributionAnalyzer;

/**
 * Throughput of {@link AttributionAnalyzer} on one thread (one core) over realistic reflections of
 * 300–800 characters, half Hebrew and half English, cycling through them.
 *
 * <p>
 * Run from the repository root (the {@code bench} profile adds JMH's annotation processor to the
 * test compile; the first run needs network access to fetch JMH 1.37 into ~/.m2):
 *
 * <pre>
 *   ./mvnw -B -q -pl scoring-service -Pbench clean test-compile dependency:build-classpath \
 *       -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
 *   java -cp scoring-service/target/test-classes:scoring-service/target/classes:$(cat scoring-service/target/bench.cp) \
 *       org.openjdk.jmh.Main AttributionAnalyzerBenchmark -f 1 -wi 2 -w 2s -i 3 -r 2s
 * </pre>
 *
 * ({@code clean} matters: an incremental test-compile skips the annotation processor and leaves no
 * benchmark list.) The result is in analyses per second ("ops/s"); the target is at least 20 000.
 * On a shared machine see also {@link CpuTimeThroughput}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class AttributionAnalyzerBenchmark {

    static final String[] REFLECTIONS = {
            // Hebrew
            "נפגשתי היום עם מנהלת הרכש ועם סמנכ\"ל הכספים שלהם. ההדגמה עברה טוב, אבל כשהגענו למחיר הם אמרו שאנחנו יקרים "
                    + "בשלושים אחוז מהמתחרה. האמת היא שלא הכנתי מראש חישוב של החזר ההשקעה ולא שאלתי כמה עולה להם היום "
                    + "התהליך הידני. זה עליי. מחר אשלח להם השוואה מפורטת ואבקש פגישה קצרה עם מנהל התפעול כדי להבין את הכאב "
                    + "האמיתי. בפעם הבאה אכין את המספרים לפני הפגישה הראשונה.",
            "שוב מחלקת האספקה איחרה במשלוח, והלקוח כבר התחיל לחפש ספק אחר. ביקשתי מהמחסן עדכון שלוש פעמים ולא קיבלתי "
                    + "תשובה. ההנהלה לא מאפשרת לנו לתת פיצוי על איחורים, אז אין לי מה להציע לו. הלקוח בעצמו לא עונה לטלפונים "
                    + "כבר שבוע ונראה שהוא פשוט נעלם. אני לא יודע מה עוד אפשר לעשות עם לקוח כזה, ואני גם לא בטוח שהמוצר "
                    + "שלנו באמת מתאים לו.",
            "הלקוחה הייתה חשדנית מאוד מהרגע הראשון וקטעה אותי כמה פעמים. היא סיפרה שהספק הקודם הבטיח הרבה ולא עמד בזה, "
                    + "וזה מסביר את הגישה שלה. זה התפקיד שלי לבנות אמון, ולכן בשיחה הבאה אביא שני לקוחות ממליצים מהתעשייה "
                    + "שלה ואציע פיילוט קטן לחודש. דיברתי יותר מדי על הפיצ'רים במקום לשאול על היעדים שלה, ואת זה אני משנה.",
            "אני כנראה לא בנויה למכירות. שום דבר שאני עושה לא עובד, כל שיחה נגמרת באותה צורה והלקוחות פשוט לא קונים "
                    + "ממני. ניסיתי תסריט חדש, ניסיתי להתקשר בשעות אחרות, והתוצאה אותה תוצאה. אולי אני לא מתאימה לתפקיד "
                    + "הזה בכלל, ואני כבר מתייאשת מזה שהמספרים שלי לא זזים כבר שלושה חודשים ברצף, בזמן שכל השאר בצוות "
                    + "סוגרים עסקאות.",
            // English
            "Met with their operations lead and the CFO today. The demo landed well, but when we got to pricing they told "
                    + "me we're thirty percent above the competitor. Honestly, I hadn't prepared an ROI model and I never asked "
                    + "what the manual process costs them today. That's on me. Tomorrow I'll send a detailed comparison and ask "
                    + "for a short call with their ops manager to understand the real pain. Next time I'll bring the numbers "
                    + "to the first meeting.",
            "Shipping messed up the delivery date again, and the client has started looking at other vendors. I asked the "
                    + "warehouse for an update three times and got nothing back. Management won't let us offer any credit for "
                    + "delays, so I have nothing to give him. The client himself hasn't answered my calls for a week; he has "
                    + "basically vanished. I don't know what else you can do with a customer like that.",
            "She was openly suspicious from the first minute and interrupted me several times. She told me the previous "
                    + "vendor over-promised and under-delivered, which explains her attitude. Building trust is my job, so on "
                    + "the next call I'll bring two references from her industry and propose a one-month pilot. I talked too "
                    + "much about features instead of asking about her goals, and I'm changing that.",
            "Honestly I'm not cut out for this. Nothing I do works; every call ends the same way and people like her never "
                    + "buy from me. I tried a new script, I tried calling at different times, and the result is always the "
                    + "same. Maybe I'm just not a salesperson, and I'm tired of watching my numbers stay flat for three months "
                    + "in a row while everyone else seems to close.",
    };

    private AttributionAnalyzer analyzer;
    private int next;

    @Setup
    public void setUp() {
        analyzer = new AttributionAnalyzer();
        next = 0;
    }

    @Benchmark
    public Analysis analyzeOneReflection() {
        String text = REFLECTIONS[next];
        next = (next + 1) % REFLECTIONS.length;
        return analyzer.analyze(text, null);
    }
}
