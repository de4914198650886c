package io.onme.scoring.analysis.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.onme.scoring.analysis.AttributionModels;
import io.onme.scoring.analysis.eval.Evaluation;

/**
 * Regression floors for the shipped analyser on the frozen test split (writers never trained or
 * tuned on), per language and per hard case of the guide — the corpus-level form of the guide's
 * rules. They catch a broken model or feature stage; they are not the accuracy targets. The floors
 * were fixed before the split was first read; the split is never used to change the models. The
 * full evaluation, with leave-writers-out cross-validation, is ./onme eval.
 */
class FrozenSplitTest {

    @Test
    void theShippedAnalyserStaysAboveTheFloors() {
        List<CorpusItem> test = Corpus.readSplit(CorpusTest.CORPUS, Corpus.TEST);
        CorpusEvaluation.Result r = new CorpusEvaluation(new ModelTrainer(ModelTrainer.Settings.DEFAULT))
                .frozenTest(AttributionModels.bundled(), test);
        String figures = r.format(false);
        for (String language : List.of("HE", "EN")) {
            Evaluation.Report report = r.slice(language);
            assertTrue(report.accuracy() >= 0.70, language + " stance accuracy\n" + figures);
            assertTrue(report.kappa() >= 0.60, language + " kappa\n" + figures);
            assertTrue(report.targetF1() >= 0.40, language + " target F1\n" + figures);
        }
        r.accuracyByHardCase()
                .forEach(
                        (hardCase, accuracy) -> assertTrue(
                                accuracy >= 0.45,
                                hardCase
                                        + " stance accuracy "
                                        + accuracy
                                        + "\n"
                                        + figures));
        System.out.print(figures);
    }
}
