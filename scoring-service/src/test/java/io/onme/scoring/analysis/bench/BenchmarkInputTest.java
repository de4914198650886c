package io.onme.scoring.analysis.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.onme.scoring.analysis.AttributionAnalyzer;
import io.onme.scoring.analysis.Language;

/** The benchmark measures what it claims: 300–800 character reflections, both languages. */
class BenchmarkInputTest {

    @Test
    void reflectionsAreRealisticAndBilingual() {
        int hebrew = 0;
        for (String text : AttributionAnalyzerBenchmark.REFLECTIONS) {
            assertTrue(text.length() >= 300 && text.length() <= 800, text.length() + ": " + text);
            if (AttributionAnalyzer.detectLanguage(text) == Language.HE) {
                hebrew++;
            }
        }
        assertEquals(AttributionAnalyzerBenchmark.REFLECTIONS.length / 2, hebrew);
    }
}
