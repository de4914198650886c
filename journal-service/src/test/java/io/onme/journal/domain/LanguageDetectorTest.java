package io.onme.journal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    @Test
    void countsLettersOfEachScript() {
        assertEquals(Language.HE, LanguageDetector.detect("זה עליי, לא על הלקוח", null));
        assertEquals(Language.EN, LanguageDetector.detect("It's on me, not on the customer", null));
        assertEquals(Language.HE, LanguageDetector.detect("פגישה עם CRM Ltd לגבי ההצעה", null));
        assertEquals(
                Language.EN,
                LanguageDetector.detect("Met Dana from שטראוס about the renewal", null));
    }

    @Test
    void fallsBackWhenNoScriptDominates() {
        assertEquals(Language.HE, LanguageDetector.detect("12345 !!", Language.HE));
        assertEquals(Language.EN, LanguageDetector.detect("", null));
    }
}
