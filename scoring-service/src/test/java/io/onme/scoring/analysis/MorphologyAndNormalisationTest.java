package io.onme.scoring.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hebrew morphology and the normalisation of both languages. */
class MorphologyAndNormalisationTest {

    private static final Lexicon LEXICON = new Lexicon(PackLexicon.patterns());
    private static final RuleEngine ANALYZER = new RuleEngine();

    private static List<String> forms(String word) {
        String norm = Tokenizer.normalizeWord(word);
        return Arrays.asList(HebrewMorphology.forms(norm, true, LEXICON::knows));
    }

    private static List<String> norms(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(text)) {
            if (t.isWord()) {
                out.add(t.norm());
            }
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({
            "וכשהלקוח, לקוח",
            "שהלקוח, לקוח",
            "וההנהלה, הנהלה",
            "כשמחלקת, מחלקת",
            "שמהמחירון, מחירון",
            "ולכשהמשלוח, משלוח",
            "ובמערכת, מערכת",
            "מהמתחרים, מתחרים"
    })
    void stripsLegalPrefixChainsToKnownForms(String word, String base) {
        assertTrue(
                forms(word).contains(Tokenizer.normalizeWord(base)),
                () -> word + " → " + forms(word));
    }

    @ParameterizedTest
    @CsvSource({ "לקוח", "מכירה", "בעיה", "מחיר", "שוק", "ביטחון", "הנהלה", "כסף" })
    void doesNotCorruptWordsWhoseRootStartsWithAPrefixLetter(String word) {
        for (String f : forms(word)) {
            assertTrue(
                    f.equals(Tokenizer.normalizeWord(word)) || LEXICON.knows(f),
                    () -> word + " was stripped to an unknown form " + f);
        }
        assertEquals(Tokenizer.normalizeWord(word), forms(word).get(0));
    }

    @Test
    void stripsNothingWhenTheRestIsUnknown() {
        // "מלקקים" is not מ + a lexicon word: it stays whole
        assertEquals(List.of("מלקקימ"), forms("מלקקים"));
    }

    @Test
    void shortRemaindersOnlyAfterConjunctionsOrTheArticle() {
        assertEquals(List.of("מלא"), forms("מלא")); // "full", not מ + "לא"
        assertEquals(List.of("כלא"), forms("כלא")); // "prison", not כ + "לא"
        assertTrue(forms("ולא").contains("לא"));
        assertTrue(forms("שלא").contains("לא"));
        assertTrue(forms("הלא").contains("לא"));
        // "a full price" is not a negated price
        assertEquals(
                List.of(BlameTarget.MANAGEMENT),
                ANALYZER.analyze("המנהל שלי הכריח אותי לתת מחיר מלא.", null).blameTargets());
    }

    @Test
    void prefixChainGrammar() {
        assertTrue(HebrewMorphology.isLegalChain("וכשהמשלוח", 4)); // ו כש ה
        assertTrue(HebrewMorphology.isLegalChain("שמהמחיר", 3)); // ש מ ה
        assertTrue(HebrewMorphology.isLegalChain("לכשהגיע", 3)); // לכש
        assertFalse(HebrewMorphology.isLegalChain("הוספק", 2)); // ה cannot precede ו
        assertFalse(HebrewMorphology.isLegalChain("ממחיר", 2)); // two prepositions
    }

    @Test
    void finalLettersNiqqudAndGereshNormalise() {
        assertEquals(norms("המחירים שלך"), norms("המחירימ שלכ"));
        assertEquals(norms("הלקוח קמצן"), norms("הַלָּקוֹחַ קַמְצָן"));
        assertEquals(norms("סמנכל"), norms("סמנכ\"ל"));
        assertEquals(norms("סמנכל"), norms("סמנכ״ל"));
        assertEquals(norms("פיצר"), norms("פיצ'ר"));
        assertEquals(norms("פיצר"), norms("פיצ׳ר"));
        assertEquals(norms("לקוח"), norms("לק\u200Fוח")); // an RTL mark inside a word is invisible
    }

    @Test
    void englishContractionsBothApostrophesAndCase() {
        assertEquals(List.of("it", "is", "on", "me"), norms("It's ON me"));
        assertEquals(List.of("it", "is", "on", "me"), norms("it’s on me"));
        assertEquals(List.of("was", "not"), norms("wasn’t"));
        assertEquals(List.of("will", "not"), norms("WON'T"));
        assertEquals(List.of("did", "not"), norms("didnt"));
        assertEquals(List.of("i", "will"), norms("I’ll"));
        assertEquals(List.of("customer", "'s", "fault"), norms("customer's fault"));
        Token a = Tokenizer.tokenize("wasn’t").get(0);
        Token b = Tokenizer.tokenize("wasn’t").get(1);
        assertArrayEquals(new int[] { 0, 6 }, new int[] { a.start(), a.end() });
        assertArrayEquals(new int[] { 0, 6 }, new int[] { b.start(), b.end() });
    }

    @Test
    void genderAndNumberFormsMatchTheSameCategory() {
        for (String text : List.of(
                "אני לא מסוגל לסגור עסקאות.",
                "אני לא מסוגלת לסגור עסקאות.",
                "אנחנו לא מסוגלים לסגור עסקאות.")) {
            // plural "we" is not a self-judgement of the rep, singular forms are
            Stance expected = text.startsWith("אנחנו") ? Stance.NEUTRAL : Stance.HELPLESS;
            assertEquals(expected, ANALYZER.analyze(text, null).stance(), text);
        }
        assertEquals(
                Stance.HELPLESS, ANALYZER.analyze("אני תמיד נתקע מול לקוחות כאלה.", null).stance());
        assertEquals(
                Stance.HELPLESS,
                ANALYZER.analyze("אני תמיד נתקעת מול לקוחות כאלה.", null).stance());
        assertEquals(Stance.BLAME, ANALYZER.analyze("המערכת נתקעה באמצע ההדגמה.", null).stance());
        assertEquals(Stance.BLAME, ANALYZER.analyze("המערכת נתקע באמצע ההדגמה.", null).stance());
    }

    @Test
    void pluralFormsEndingInAFinalLetterMatch() {
        // "~" generates …ים; the text's final ם must meet the pattern's form
        assertEquals(Stance.BLAME, ANALYZER.analyze("הלקוחות האלה קמצנים.", null).stance());
        assertEquals(Stance.BLAME, ANALYZER.analyze("הם היו עוינים כל הפגישה.", null).stance());
    }

    @Test
    void hebrewConnectorsWithFinalLettersSplitClauses() {
        // "אך" (but) and "ולכן" (so) are connectors even though written with final letters
        Analysis contrast = ANALYZER.analyze("הוא קמצן אך זה עליי להראות לו ערך.", null);
        assertEquals(Stance.OWNERSHIP, contrast.stance());
        Analysis result = ANALYZER.analyze("המשלוח איחר ולכן הם עברו למתחרה.", null);
        assertEquals(List.of(BlameTarget.OPERATIONS), result.blameTargets());
    }

    @Test
    void englishIsCaseAndPunctuationInsensitive() {
        Stance expected = ANALYZER.analyze("it's on me.", null).stance();
        assertEquals(Stance.OWNERSHIP, expected);
        assertEquals(expected, ANALYZER.analyze("IT’S ON ME!!!", null).stance());
        assertEquals(expected, ANALYZER.analyze("...It's on me?!", null).stance());
        assertEquals(
                Stance.OWNERSHIP,
                ANALYZER.analyze("It wasn’t the price — I didn’t show the value.", null).stance());
        assertEquals(
                List.of(),
                ANALYZER.analyze("It wasn’t the price — I didn’t show the value.", null)
                        .blameTargets());
    }

    @Test
    void hebrewWithPrefixesAndGershayimIsUnderstood() {
        Analysis a = ANALYZER.analyze("וכשהסמנכ״ל שלנו לא אישר את ההנחה, העסקה נפלה.", null);
        assertEquals(Stance.BLAME, a.stance());
        assertEquals(List.of(BlameTarget.MANAGEMENT), a.blameTargets());
    }
}
