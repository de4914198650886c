package io.onme.scoring.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Score, reframes and language detection as the rule stage computes them: the guide's rules on
 * explicit sentences (the trained analyser's own properties are in AttributionAnalyzerTest).
 */
class RuleOutputTest {

    private static final RuleEngine ANALYZER = new RuleEngine();
    private static final ReframeCatalogue CATALOGUE = new ReframeCatalogue();

    private static int score(String text) {
        return ANALYZER.analyze(text, null).ownershipScore();
    }

    @Test
    void scoreOrdersOwnershipAboveNeutralAboveBlameAboveHelplessness() {
        int ownership = score("I didn't confirm the budget. It's on me.");
        int mixed = score("Shipping was late, and I also didn't warn the client.");
        int neutral = score("Met the team and showed the demo.");
        int blame = score("The client is cheap and rude.");
        int helpless = score("I'm not cut out for sales.");
        assertTrue(
                ownership > mixed && mixed >= neutral && neutral > blame && blame > helpless,
                List.of(ownership, mixed, neutral, blame, helpless).toString());
    }

    @Test
    void aConcreteNextActionRaisesTheScore() {
        assertTrue(
                score("The client is cheap. I'll send him an ROI sheet tomorrow.") > score("The client is cheap."));
        assertTrue(
                score("לא שאלתי על התקציב. בפעם הבאה אשאל כבר בשיחה הראשונה.") > score("לא שאלתי על התקציב."));
    }

    @Test
    void moreBlameLowersAndMoreOwnershipRaises() {
        assertTrue(
                score(
                        "The client is cheap. Management won't approve discounts. Shipping is always late.") < score(
                                "The client is cheap."));
        assertTrue(
                score("I didn't map the decision makers. I talked too much. That's on me.") > score(
                        "I didn't map the decision makers."));
    }

    @Test
    void priceBlameGetsAPriceReframeInTheReflectionsLanguage() {
        Analysis en = ANALYZER.analyze("We're simply too pricey for them.", null);
        assertEquals(1, en.reframes().size());
        Reframe r = en.reframes().get(0);
        assertEquals(BlameTarget.PRICE, r.target());
        assertTrue(
                CATALOGUE
                        .variants(BlameTarget.PRICE, "PRICE", Language.EN)
                        .contains(r.suggestion()));
        assertTrue(
                CATALOGUE
                        .variants(BlameTarget.PRICE, "PRICE", Language.EN)
                        .contains("I haven't yet shown value worth the price."));

        Analysis he = ANALYZER.analyze("אנחנו יקרים מדי בשבילם.", null);
        assertEquals(Language.HE, he.language());
        Reframe h = he.reframes().get(0);
        assertTrue(
                CATALOGUE
                        .variants(BlameTarget.PRICE, "PRICE", Language.HE)
                        .contains(h.suggestion()));
        assertTrue(h.suggestion().chars().anyMatch(ch -> ch >= 0x05D0 && ch <= 0x05EA));
    }

    @Test
    void aCustomerWhoDoesNotListenGetsAnAttentionReframe() {
        Analysis a = ANALYZER.analyze("He just wouldn't listen to anything I said.", null);
        assertEquals(List.of(BlameTarget.CUSTOMER), a.blameTargets());
        assertTrue(
                CATALOGUE
                        .variants(BlameTarget.CUSTOMER, "CUSTOMER_ATTENTION", Language.EN)
                        .contains(a.reframes().get(0).suggestion()));
        assertTrue(
                CATALOGUE
                        .variants(BlameTarget.CUSTOMER, "CUSTOMER_ATTENTION", Language.EN)
                        .contains("I haven't yet earned his attention."));
    }

    @Test
    void everyTargetHasSeveralVariantsInBothLanguages() {
        for (BlameTarget t : BlameTarget.values()) {
            for (Language l : Language.values()) {
                assertTrue(CATALOGUE.variants(t, null, l).size() >= 3, t + " " + l);
            }
        }
    }

    @Test
    void oneReframePerBlameStatementAndNoneWithoutBlame() {
        Analysis a = ANALYZER.analyze("The client was rude. Also, shipping was late.", null);
        assertEquals(2, a.reframes().size());
        assertEquals(
                List.of(BlameTarget.CUSTOMER, BlameTarget.OPERATIONS),
                a.reframes().stream().map(Reframe::target).toList());
        assertTrue(
                ANALYZER.analyze("I didn't follow up. That's on me.", null).reframes().isEmpty());
        // a difficulty taken on is not a blame statement to rewrite
        assertTrue(
                ANALYZER.analyze("She was hostile, but softening that is my job.", null)
                        .reframes()
                        .isEmpty());
    }

    @Test
    void sameInputSameOutput() {
        String text = "המשלוח התעכב בגלל הספק, וגם אני לא עדכנתי את הלקוח.";
        assertEquals(ANALYZER.analyze(text, null), ANALYZER.analyze(text, null));
        assertEquals(ANALYZER.analyze(text, null), new RuleEngine().analyze(text, null));
    }

    @Test
    void languageIsDetectedByTheDominantScript() {
        assertEquals(Language.HE, ANALYZER.analyze("הלקוח אמר no deal ונעלם", null).language());
        assertEquals(Language.EN, ANALYZER.analyze("The CFO said לא and left", null).language());
        assertEquals(Language.EN, ANALYZER.analyze("1234 !!!", null).language());
        assertEquals(Language.HE, ANALYZER.analyze("The client is cheap", Language.HE).language());
    }

    @Test
    void versionIsStampedOnEveryAnalysis() {
        assertFalse(ANALYZER.version().isBlank());
        assertEquals(ANALYZER.version(), ANALYZER.analyze("anything", null).analyzerVersion());
    }
}
