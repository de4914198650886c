package io.onme.scoring.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Tenant phrases apply on top of the built-in lexicon, for the call they are passed to only. */
class TenantPhraseTest {

    private static final RuleEngine ANALYZER = new RuleEngine();

    private static final List<TenantPhrase> ACME = List.of(
            new TenantPhrase(
                    "window shopper", Language.EN, Stance.BLAME, BlameTarget.CUSTOMER),
            new TenantPhrase(
                    "ועדת חריגים", Language.HE, Stance.BLAME, BlameTarget.MANAGEMENT),
            new TenantPhrase("I own the number", Language.EN, Stance.OWNERSHIP, null),
            new TenantPhrase("late bird", null, Stance.NEUTRAL, null));

    @Test
    void englishBlamePhraseAddsItsTarget() {
        String text = "The client is a classic window shopper.";
        assertEquals(Stance.NEUTRAL, ANALYZER.analyze(text, null).stance());
        Analysis a = ANALYZER.analyze(text, null, ACME);
        assertEquals(Stance.BLAME, a.stance());
        assertEquals(List.of(BlameTarget.CUSTOMER), a.blameTargets());
        assertTrue(
                a.evidence().stream()
                        .anyMatch(
                                e -> e.rule().startsWith("tenant:")
                                        && e.text().equals("window shopper")));
        assertEquals(1, a.reframes().size());
    }

    @Test
    void hebrewPhraseMatchesThroughPrefixes() {
        String text = "שוב ועדת החריגים תקעה את העסקה.";
        Analysis a = ANALYZER.analyze(text, null, ACME);
        assertEquals(Stance.BLAME, a.stance());
        assertEquals(List.of(BlameTarget.MANAGEMENT), a.blameTargets());
        assertEquals(
                Stance.BLAME,
                ANALYZER.analyze("וכשועדת חריגים עצרה הכל, הלכנו הביתה.", null, ACME).stance());
    }

    @Test
    void ownershipAndNeutralPhrasesOverrideTheBuiltInReading() {
        assertEquals(
                Stance.NEUTRAL, ANALYZER.analyze("I own the number this quarter.", null).stance());
        assertEquals(
                Stance.OWNERSHIP,
                ANALYZER.analyze("I own the number this quarter.", null, ACME).stance());
        // "Late Bird" is this tenant's product name, not a delivery delay
        String text = "Shipping the Late Bird edition to the customer.";
        assertEquals(Stance.BLAME, ANALYZER.analyze(text, null).stance());
        assertEquals(Stance.NEUTRAL, ANALYZER.analyze(text, null, ACME).stance());
    }

    @Test
    void phrasesOfAnotherLanguageAreNotApplied() {
        List<TenantPhrase> hebrewOnly = List.of(
                new TenantPhrase(
                        "window shopper", Language.HE, Stance.BLAME, BlameTarget.CUSTOMER));
        assertEquals(
                Stance.NEUTRAL,
                ANALYZER.analyze("The client is a classic window shopper.", null, hebrewOnly)
                        .stance());
    }

    @Test
    void phrasesDoNotLeakIntoLaterCallsOrOtherTenants() {
        String text = "The client is a classic window shopper.";
        assertEquals(Stance.BLAME, ANALYZER.analyze(text, null, ACME).stance());
        assertEquals(Stance.NEUTRAL, ANALYZER.analyze(text, null).stance());
        List<TenantPhrase> other = List.of(new TenantPhrase("window shopper", Language.EN, Stance.OWNERSHIP, null));
        assertEquals(Stance.OWNERSHIP, ANALYZER.analyze(text, null, other).stance());
        assertEquals(Stance.BLAME, ANALYZER.analyze(text, null, ACME).stance());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void oneInstanceServesConcurrentTenantsConsistently() throws Exception {
        String[] texts = {
                "The client is a classic window shopper.",
                "שוב ועדת החריגים תקעה את העסקה.",
                "I own the number this quarter.",
                "הלקוח קמצן, אבל זה עליי להראות לו ערך. מחר אשלח לו חישוב.",
                "Shipping was late and I also didn't warn him."
        };
        List<List<TenantPhrase>> tenants = List.of(
                ACME,
                List.of(),
                List.of(
                        new TenantPhrase(
                                "window shopper", Language.EN, Stance.OWNERSHIP, null)));
        List<Analysis> expected = new ArrayList<>();
        for (List<TenantPhrase> t : tenants) {
            for (String text : texts) {
                expected.add(ANALYZER.analyze(text, null, t));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int round = 0; round < 200; round++) {
                int i = round % expected.size();
                List<TenantPhrase> t = tenants.get(i / texts.length);
                String text = texts[i % texts.length];
                results.add(
                        pool.submit(() -> ANALYZER.analyze(text, null, t).equals(expected.get(i))));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
