package io.onme.scoring.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentences, clauses and the links that contrast and causal markers create. */
class SegmenterTest {

    private static final Lexicon LEXICON = new Lexicon(PackLexicon.patterns());

    private static List<Clause> clauses(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<String[]> forms = new ArrayList<>();
        for (Token t : tokens) {
            if (t.isWord()) {
                forms.add(
                        HebrewMorphology.forms(
                                t.norm(),
                                t.hebrew(),
                                f -> LEXICON.knows(f) || Segmenter.ALL.contains(f)));
            }
        }
        return Segmenter.segment(tokens, forms);
    }

    private static List<Clause.Link> links(String text) {
        return clauses(text).stream().map(Clause::link).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "he was rude but I stayed calm | CONTRAST",
            "he was rude although I stayed calm | CONTRAST",
            "he was rude. still I stayed calm | CONTRAST",
            "הוא היה גס אבל נשארתי רגוע | CONTRAST",
            "הוא היה גס אך נשארתי רגוע | CONTRAST",
            "הוא היה גס ובכל זאת נשארתי רגוע | CONTRAST",
            "we lost because shipping was late | CAUSE",
            "הפסדנו בגלל המשלוח | CAUSE",
            "הפסדנו כי המשלוח איחר | CAUSE",
            "shipping was late so they left | RESULT",
            "המשלוח איחר ולכן הם עזבו | RESULT",
            "המשלוח איחר אז הם עזבו | RESULT",
            "shipping was late and because of that they left | RESULT",
            "המשלוח איחר ובגלל זה הם עזבו | RESULT"
    })
    void markersOpenALinkedClause(String text, Clause.Link link) {
        List<Clause.Link> got = links(text);
        assertEquals(link, got.get(got.size() - 1), got.toString());
    }

    @Test
    void punctuationSplitsSentencesAndClauses() {
        List<Clause> cs = clauses("First point, second point; third. Fourth!\n\nFifth?");
        assertEquals(5, cs.size());
        // a run of punctuation ("!\n\n") is one break
        assertEquals(List.of(0, 0, 0, 1, 2), cs.stream().map(Clause::sentence).toList());
    }

    @Test
    void notEveryMarkerLikeWordSplits() {
        assertEquals(List.of(Clause.Link.NONE), links("we are so expensive"));
        assertEquals(List.of(Clause.Link.NONE), links("it was not because of the price"));
        assertEquals(List.of(Clause.Link.NONE), links("זה לא היה בגלל המחיר"));
        assertEquals(
                List.of(Clause.Link.NONE),
                links("מאז הבחירות אף אחד לא קונה")); // מאז is "since", not מ + אז
    }
}
