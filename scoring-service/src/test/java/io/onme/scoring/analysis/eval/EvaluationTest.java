package io.onme.scoring.analysis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.onme.scoring.analysis.Analysis;
import io.onme.scoring.analysis.Analyzer;
import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.Language;
import io.onme.scoring.analysis.Stance;
import io.onme.scoring.analysis.TenantPhrase;

/** The metric code, checked against figures computed by hand. */
class EvaluationTest {

    @Test
    void kappaOfAKnownMatrix() {
        // po = (20 + 15) / 50 = 0.7; pe = 0.5·0.6 + 0.5·0.4 = 0.5; kappa = 0.4
        int[][] m = new int[5][5];
        m[0][0] = 20;
        m[0][1] = 5;
        m[1][0] = 10;
        m[1][1] = 15;
        assertEquals(0.4, Evaluation.kappa(m, 50), 1e-9);
    }

    @Test
    void perfectAgreementIsKappaOne() {
        int[][] m = new int[5][5];
        m[0][0] = 3;
        m[2][2] = 4;
        assertEquals(1.0, Evaluation.kappa(m, 7), 1e-9);
    }

    @Test
    void readsTheDevSetFormatAndComputesAccuracyAndTargetF1() throws Exception {
        String jsonl = """
                {"id": "a", "language": "en", "text": "one", "stance": "BLAME", "blameTargets": ["PRICE", "CUSTOMER"]}
                {"id": "b", "language": "he", "text": "two", "stance": "OWNERSHIP", "blameTargets": []}

                {"id": "c", "language": "en", "text": "three", "stance": "MIXED", "blameTargets": ["OPERATIONS"]}
                """;
        List<LabelledCase> cases = Evaluation.read(new StringReader(jsonl));
        assertEquals(3, cases.size());
        assertEquals(Language.HE, cases.get(1).language());
        assertEquals(Set.of(BlameTarget.PRICE, BlameTarget.CUSTOMER), cases.get(0).blameTargets());

        // a scripted analyser: right on "one" (one of two targets), right on "two", wrong on
        // "three"
        Map<String, Analysis> answers = Map.of(
                "one", analysis(Stance.BLAME, BlameTarget.PRICE),
                "two", analysis(Stance.OWNERSHIP),
                "three", analysis(Stance.BLAME, BlameTarget.MARKET));
        Analyzer scripted = new Analyzer() {
            @Override
            public String version() {
                return "scripted";
            }

            @Override
            public Analysis analyze(
                    String text, Language language, List<TenantPhrase> tenantPhrases) {
                return answers.get(text);
            }
        };
        List<Evaluation.Report> reports = Evaluation.evaluate(scripted, cases);
        Evaluation.Report all = reports.get(0);
        assertEquals("overall", all.slice());
        assertEquals(2.0 / 3, all.accuracy(), 1e-9);
        // tp = PRICE; fp = MARKET; fn = CUSTOMER, OPERATIONS → F1 = 2/(2+1+2)
        assertEquals(1, all.targetTp());
        assertEquals(1, all.targetFp());
        assertEquals(2, all.targetFn());
        assertEquals(2.0 / 5, all.targetF1(), 1e-9);
        assertEquals(1, all.confusion()[Stance.MIXED.ordinal()][Stance.BLAME.ordinal()]);
        assertEquals(2, all.errors().size());
        Evaluation.Report en = reports.stream().filter(r -> r.slice().equals("EN")).findFirst().orElseThrow();
        assertEquals(2, en.n());
        assertEquals(0.5, en.accuracy(), 1e-9);
        assertTrue(all.format().contains("Cohen's kappa"));
    }

    private static Analysis analysis(Stance stance, BlameTarget... targets) {
        return new Analysis(
                Language.EN, stance, 50, List.of(targets), List.of(), List.of(), 1.0, "scripted");
    }
}
