package io.onme.scoring.analysis.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.onme.scoring.analysis.AttributionAnalyzer;
import io.onme.scoring.analysis.AttributionModels;
import io.onme.scoring.analysis.training.Corpus;
import io.onme.scoring.analysis.training.CorpusEvaluation;
import io.onme.scoring.analysis.training.CorpusItem;
import io.onme.scoring.analysis.training.ModelTrainer;

/**
 * Prints the analyser's evaluation figures (stance accuracy, Cohen's kappa, blame-target micro-F1,
 * confusion matrices; overall and per language):
 *
 * <ul>
 * <li>{@code EvaluationMain --corpus DIR [--errors]} — the honest evaluation on the corpus:
 * leave-writers-out cross-validation over the training writers, and the frozen test split
 * read by models trained on the training writers ({@code ./onme eval});
 * <li>{@code EvaluationMain FILE.jsonl [--errors]} — the shipped models on any labelled file
 * ({@code ./onme eval FILE.jsonl}).
 * </ul>
 *
 * {@code --errors} lists the misread items. The language label only splits the figures: the
 * analyser detects the language itself.
 */
public final class EvaluationMain {

    private EvaluationMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println(
                    "usage: EvaluationMain --corpus DIR [--errors] | EvaluationMain FILE.jsonl [--errors]");
            System.exit(2);
            return;
        }
        boolean errors = List.of(args).contains("--errors");
        if (args[0].equals("--corpus")) {
            corpus(
                    Path.of(args.length > 1 && !args[1].startsWith("--") ? args[1] : "corpus"),
                    errors);
        } else {
            file(Path.of(args[0]), errors);
        }
    }

    private static void corpus(Path dir, boolean errors) {
        long started = System.nanoTime();
        ModelTrainer trainer = new ModelTrainer(ModelTrainer.Settings.DEFAULT);
        List<ModelTrainer.Example> training = trainer.examples(Corpus.readSplit(dir, Corpus.TRAIN));
        List<CorpusItem> test = Corpus.readSplit(dir, Corpus.TEST);
        CorpusEvaluation evaluation = new CorpusEvaluation(trainer);
        AttributionModels models = trainer.train(training);
        System.out.println(
                "corpus "
                        + dir
                        + ": "
                        + training.size()
                        + " training items, "
                        + test.size()
                        + " test items; models "
                        + models.id()
                        + " ("
                        + (models.id().equals(shippedId())
                                ? "the shipped models"
                                : "NOT the shipped models: run ./onme train")
                        + ")");
        System.out.print(evaluation.leaveWritersOut(training).format(errors));
        System.out.print(evaluation.frozenTest(models, test).format(errors));
        System.out.printf("evaluated in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static String shippedId() {
        try {
            return AttributionModels.bundled().id();
        } catch (IllegalStateException e) {
            return "none";
        }
    }

    private static void file(Path file, boolean errors) throws IOException {
        List<LabelledCase> cases;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            cases = Evaluation.read(r);
        }
        AttributionAnalyzer analyzer = new AttributionAnalyzer();
        System.out.println(
                "analyser " + analyzer.version() + ", " + cases.size() + " cases from " + file);
        for (Evaluation.Report report : Evaluation.evaluate(analyzer, cases)) {
            System.out.print(report.format());
            if (errors && report.slice().equals("overall")) {
                report.errors().forEach(e -> System.out.println("  x " + e));
            }
        }
    }
}
