package io.onme.scoring.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Evidence offsets cut the original text exactly, and the analyser is total: any string yields a
 * well-formed analysis. The timeouts only guard against hangs; they are not performance assertions.
 */
class OffsetsAndTotalityTest {

    private static final AttributionAnalyzer ANALYZER = new AttributionAnalyzer();

    static List<String> textsWithEvidence() {
        return List.of(
                "הַלָּקוֹחַ קַמְצָן, אבל זה עליי להראות לו את הערך.",
                "😤 The customer is cheap 💸 and management won't approve discounts. It's on me 🙏 to fix it.",
                "\u200Fהלקוח\u200F לא הקשיב\u200E בכלל, וגם אני דיברתי יותר מדי.",
                "\u202Bההנהלה לא נותנת הנחות\u202C — it’s on me anyway.",
                "Shipping\r\nwas late again.\r\nI didn't call him. 👍🏽",
                "סמנכ״ל הכספים שלנו חסם את העסקה; פיצ'ר הדוחות חסר במוצר.",
                "𝐓𝐡𝐞 price is too expensive 🧾 — we're simply too expensive.",
                "He says we're too expensive, and frankly we are. Next time I'll lead with ROI.");
    }

    @ParameterizedTest
    @MethodSource("textsWithEvidence")
    void evidenceOffsetsCutTheOriginalText(String text) {
        Analysis a = ANALYZER.analyze(text, null);
        assertFalse(a.evidence().isEmpty(), "expected evidence for: " + text);
        for (Evidence e : a.evidence()) {
            assertTrue(
                    0 <= e.start() && e.start() < e.end() && e.end() <= text.length(),
                    e.toString());
            assertEquals(e.text(), text.substring(e.start(), e.end()));
            assertFalse(
                    Character.isLowSurrogate(text.charAt(e.start())),
                    "span starts inside a surrogate pair");
            assertNotNull(e.rule());
        }
        for (Reframe r : a.reframes()) {
            assertTrue(text.contains(r.original()), r.original());
        }
    }

    static List<String> adversarial() {
        List<String> out = new ArrayList<>();
        out.add("a".repeat(10_000));
        out.add("א".repeat(10_000));
        out.add("not ".repeat(2_500));
        out.add("לא ".repeat(3_333));
        out.add("not, ".repeat(2_000));
        out.add("because ".repeat(1_250));
        out.add("I didn't ".repeat(1_111));
        out.add("it's on me. ".repeat(833));
        out.add("הלקוח קמצן אבל זה עליי ".repeat(400));
        out.add("😀".repeat(5_000));
        out.add("\u200F".repeat(10_000));
        out.add("\u0591\u05B7".repeat(5_000)); // niqqud with no letters
        out.add("'".repeat(10_000));
        out.add("\"".repeat(10_000));
        out.add("(".repeat(10_000));
        out.add(".".repeat(10_000));
        out.add("-".repeat(10_000));
        out.add("\u0000\u0001\u001F\u007F".repeat(2_500));
        out.add("\uD800".repeat(10_000)); // lone high surrogates
        out.add("\uDC00a".repeat(5_000)); // lone low surrogates
        out.add("ו".repeat(9_999) + "לקוח");
        out.add("וכשה".repeat(2_500));
        out.add("a'".repeat(5_000));
        out.add("don't".repeat(2_000));
        out.add("x-".repeat(5_000));
        out.add("");
        out.add("   \n\t  ");
        return out;
    }

    @ParameterizedTest
    @MethodSource("adversarial")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void adversarialInputsFinishWithAWellFormedAnalysis(String text) {
        assertWellFormed(text, ANALYZER.analyze(text, null));
        assertWellFormed(text, ANALYZER.analyze(text, Language.HE));
        assertWellFormed(
                text,
                ANALYZER.analyze(
                        text,
                        Language.EN,
                        List.of(
                                new TenantPhrase(
                                        "not", Language.EN, Stance.BLAME, BlameTarget.PRODUCT))));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void randomUnicodeNeverThrows() {
        Random random = new Random(20261127L);
        String[] words = {
                "לא",
                "הלקוח",
                "because",
                "not",
                "on me",
                "אבל",
                ",",
                ".",
                "too expensive",
                "זה עליי",
                "'",
                "״"
        };
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(600);
            for (int j = 0; j < len; j++) {
                switch (random.nextInt(4)) {
                    case 0 ->
                        sb.append(
                                (char) random.nextInt(0x10000)); // any UTF-16 unit, surrogates
                    // included
                    case 1 -> sb.appendCodePoint(0x1F300 + random.nextInt(0x300));
                    case 2 -> sb.append((char) (0x0590 + random.nextInt(0x70)));
                    default -> sb.append(words[random.nextInt(words.length)]).append(' ');
                }
            }
            String text = sb.toString();
            assertWellFormed(text, ANALYZER.analyze(text, null));
        }
    }

    @Test
    void nullTextAndNullPhrasesAreAccepted() {
        Analysis a = ANALYZER.analyze(null, null, null);
        assertEquals(Stance.NEUTRAL, a.stance());
        assertTrue(
                a.analyzerVersion().startsWith(AttributionAnalyzer.VERSION + "+"),
                a.analyzerVersion());
        List<TenantPhrase> odd = new ArrayList<>();
        odd.add(null);
        odd.add(new TenantPhrase(null, null, null, null));
        odd.add(new TenantPhrase("   ", Language.EN, Stance.BLAME, null));
        odd.add(new TenantPhrase("so cheap", null, Stance.BLAME, null));
        assertWellFormed("he is so cheap", ANALYZER.analyze("he is so cheap", null, odd));
    }

    private static void assertWellFormed(String text, Analysis a) {
        assertNotNull(a);
        assertNotNull(a.stance());
        assertNotNull(a.language());
        assertTrue(a.ownershipScore() >= 0 && a.ownershipScore() <= 100);
        for (Evidence e : a.evidence()) {
            assertEquals(e.text(), text.substring(e.start(), e.end()));
        }
        if (a.stance() != Stance.BLAME && a.stance() != Stance.MIXED) {
            assertTrue(a.blameTargets().isEmpty());
        }
    }
}
