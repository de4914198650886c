package io.onme.playbook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void hebrewWordsBecomePrefixMatchesOrTheirPrefixStrippedForms() {
        SearchQuery q = SearchQuery.parse("ללקוח");
        assertEquals("(ללקוח:* | לקוח:* | קוח:*)", q.simple());
        assertNull(q.english(), "a Hebrew word has no English stem");
    }

    @Test
    void strippingKeepsAtLeastThreeLettersAndStopsAtTheFirstNonPrefixLetter() {
        assertEquals(List.of("שהלקוח", "הלקוח", "לקוח"), SearchQuery.strippedForms("כשהלקוח"));
        assertEquals(List.of(), SearchQuery.strippedForms("של"));
        assertEquals(List.of("חיר"), SearchQuery.strippedForms("מחיר"));
        assertEquals(List.of(), SearchQuery.strippedForms("גבול"));
    }

    @Test
    void englishWordsGoToBothConfigurationsAndAllWordsMustMatch() {
        SearchQuery q = SearchQuery.parse("Handling objections");
        assertEquals("handling:* & objections:*", q.simple());
        assertEquals("handling & objections", q.english());
    }

    @Test
    void operatorsAndPunctuationNeverReachTheTsquery() {
        SearchQuery q = SearchQuery.parse("price & | ! ( ) :* 'x'");
        assertEquals("price:* & x:*", q.simple());
        assertNull(SearchQuery.parse("&&& !!! ()"));
        assertNull(SearchQuery.parse(null));
    }
}
