package io.onme.scoring.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.onme.scoring.analysis.training.Corpus;
import io.onme.scoring.analysis.training.CorpusItem;

/**
 * What every reading of the trained analyser must satisfy whatever its stance, checked on every
 * text of the corpus's frozen split (texts of writers the models never saw): the score agrees with
 * the stance, targets only for blame, every target has a span, reframes rewrite blaming spans,
 * confidence is a probability, the same text gives the same reading.
 */
class AttributionAnalyzerTest {

    private static final AttributionAnalyzer ANALYZER = new AttributionAnalyzer();
    private static final List<CorpusItem> TEXTS = Corpus.readSplit(Path.of("..", "corpus"), Corpus.TEST);

    @Test
    void everyReadingIsConsistent() {
        assertTrue(TEXTS.size() >= 800);
        for (CorpusItem item : TEXTS) {
            Analysis a = ANALYZER.analyze(item.text(), null);
            String why = item.id() + " " + a;
            int[] range = switch (a.stance()) {
                case OWNERSHIP -> new int[] { 70, 100 };
                case MIXED, NEUTRAL -> new int[] { 30, 70 };
                case BLAME -> new int[] { 0, 40 };
                case HELPLESS -> new int[] { 0, 30 };
            };
            assertTrue(
                    a.ownershipScore() >= range[0] && a.ownershipScore() <= range[1],
                    "score against stance: " + why);
            boolean blames = a.stance() == Stance.BLAME || a.stance() == Stance.MIXED;
            assertEquals(
                    blames,
                    !a.blameTargets().isEmpty(),
                    "targets only and always for blame: " + why);
            Set<BlameTarget> spanned = EnumSet.noneOf(BlameTarget.class);
            for (Evidence e : a.evidence()) {
                assertEquals(
                        item.text().substring(e.start(), e.end()),
                        e.text(),
                        "exact offsets: " + why);
                if (e.target() != null) {
                    spanned.add(e.target());
                }
            }
            assertTrue(spanned.containsAll(a.blameTargets()), "every target has a span: " + why);
            if (blames) {
                assertFalse(a.reframes().isEmpty(), "a blaming reading gets a reframe: " + why);
            } else {
                assertTrue(a.reframes().isEmpty(), "no reframe without blame: " + why);
            }
            a.reframes()
                    .forEach(
                            r -> assertTrue(
                                    a.blameTargets().contains(r.target()),
                                    "reframe of a decided target: " + why));
            if (a.stance() != Stance.NEUTRAL) {
                assertTrue(
                        a.evidence().stream()
                                .anyMatch(
                                        e -> e.stance() == a.stance()
                                                || (a.stance() == Stance.MIXED
                                                        && e.stance() != Stance.NEUTRAL)),
                        "a span shows the stance: " + why);
            }
            assertTrue(
                    a.confidence() > 0 && a.confidence() <= 1,
                    "confidence is a probability: " + why);
            assertEquals(item.language(), a.language(), "the language is detected: " + why);
        }
    }

    @Test
    void theSameTextGivesTheSameReadingInEveryInstance() {
        AttributionAnalyzer other = new AttributionAnalyzer();
        for (CorpusItem item : TEXTS.subList(0, 100)) {
            assertEquals(ANALYZER.analyze(item.text(), null), other.analyze(item.text(), null));
        }
    }

    @Test
    void theVersionNamesTheCodeAndTheModels() {
        assertEquals(
                AttributionAnalyzer.VERSION + "+" + AttributionModels.bundled().id(),
                ANALYZER.version());
        assertEquals(
                ANALYZER.version(),
                ANALYZER.analyze("Met the buyer today.", null).analyzerVersion());
    }

    @Test
    void aTenantPhraseDecidesInItsTenantOnly() {
        String text = "The zorbex queue ate my order again and the buyer walked.";
        TenantPhrase jargon = new TenantPhrase("zorbex queue", Language.EN, Stance.BLAME, BlameTarget.OPERATIONS);
        Analysis withPhrase = ANALYZER.analyze(text, null, List.of(jargon));
        assertEquals(Stance.BLAME, withPhrase.stance());
        assertTrue(withPhrase.blameTargets().contains(BlameTarget.OPERATIONS));
        assertTrue(
                withPhrase.evidence().stream().anyMatch(e -> e.rule().startsWith("tenant:")),
                withPhrase.toString());
        Analysis without = ANALYZER.analyze(text, null, List.of());
        assertTrue(without.evidence().stream().noneMatch(e -> e.rule().startsWith("tenant:")));
        // a phrase of the other language does not apply
        Analysis otherLanguage = ANALYZER.analyze(
                text,
                null,
                List.of(
                        new TenantPhrase(
                                "zorbex queue",
                                Language.HE,
                                Stance.BLAME,
                                BlameTarget.OPERATIONS)));
        assertEquals(without, otherLanguage);
    }

    @Test
    void emptyTextExplainsNothing() {
        for (String text : new String[] { null, "", "   ", "!!!" }) {
            Analysis a = ANALYZER.analyze(text, null);
            assertEquals(Stance.NEUTRAL, a.stance());
            assertTrue(
                    a.evidence().isEmpty() && a.reframes().isEmpty() && a.blameTargets().isEmpty());
        }
    }
}
