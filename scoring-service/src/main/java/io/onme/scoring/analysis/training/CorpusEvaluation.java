package io.onme.scoring.analysis.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

import io.onme.scoring.analysis.Analysis;
import io.onme.scoring.analysis.AttributionAnalyzer;
import io.onme.scoring.analysis.AttributionModels;
import io.onme.scoring.analysis.eval.Evaluation;
import io.onme.scoring.analysis.eval.LabelledCase;

/**
 * The honest evaluation of the analyser on the corpus:
 *
 * <ul>
 * <li><b>leave-writers-out</b>: for each training writer, models trained on the other training
 * writers read that writer's items; the figures pool every writer's held-out readings;
 * <li><b>frozen test split</b>: models trained on all training writers (the shipped models) read
 * the test writers' items, which no training or tuning ever used.
 * </ul>
 */
public final class CorpusEvaluation {

    /** The figures of one way of holding out, overall and per language, and per writer. */
    public record Result(
            String name,
            List<Evaluation.Report> reports,
            Map<String, Evaluation.Report> byWriter,
            Map<String, Double> accuracyByHardCase) {

        public String format(boolean errors) {
            StringBuilder sb = new StringBuilder("######## " + name + "\n");
            for (Evaluation.Report r : reports) {
                sb.append(r.format());
                if (errors && r.slice().equals("overall")) {
                    r.errors().forEach(e -> sb.append("  x ").append(e).append('\n'));
                }
            }
            sb.append("per writer (stance accuracy, kappa, target F1):\n");
            byWriter.forEach(
                    (w, r) -> sb.append(
                            String.format(
                                    Locale.ROOT,
                                    "  %-5s n=%4d  %.3f  %.3f  %.3f%n",
                                    w,
                                    r.n(),
                                    r.accuracy(),
                                    r.kappa(),
                                    r.targetF1())));
            sb.append("stance accuracy per hard case:\n");
            accuracyByHardCase.forEach(
                    (c, a) -> sb.append(String.format(Locale.ROOT, "  %-22s %.3f%n", c, a)));
            return sb.toString();
        }

        public Evaluation.Report slice(String name) {
            return reports.stream().filter(r -> r.slice().equals(name)).findFirst().orElseThrow();
        }
    }

    private final ModelTrainer trainer;

    public CorpusEvaluation(ModelTrainer trainer) {
        this.trainer = trainer;
    }

    public Result leaveWritersOut(List<ModelTrainer.Example> training) {
        return leaveWritersOut(training, List.of(Double.NaN)).get(0);
    }

    /**
     * Leave-writers-out once per target threshold (NaN: the trained one), training each fold's
     * models only once.
     */
    public List<Result> leaveWritersOut(
            List<ModelTrainer.Example> training, List<Double> thresholds) {
        return leaveWritersOut(training, thresholds, Integer.MAX_VALUE);
    }

    /**
     * @param folds at most this many folds: with fewer folds than writers, writers are dealt to
     *        folds in turn (w1, w2, … in name order), so a fold holds out several writers at once
     *        (quicker, for tuning)
     */
    public List<Result> leaveWritersOut(
            List<ModelTrainer.Example> training, List<Double> thresholds, int folds) {
        List<String> names = new ArrayList<>(
                new TreeSet<>(training.stream().map(e -> e.item().writer()).toList()));
        int k = Math.min(folds, names.size());
        List<java.util.Set<String>> writers = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            writers.add(new java.util.TreeSet<>());
        }
        for (int i = 0; i < names.size(); i++) {
            writers.get(i % k).add(names.get(i));
        }
        List<List<List<Analysis>>> perFold = IntStream.range(0, writers.size())
                .parallel()
                .mapToObj(
                        f -> {
                            java.util.Set<String> heldOut = writers.get(f);
                            List<ModelTrainer.Example> rest = training.stream()
                                    .filter(
                                            e -> !heldOut.contains(
                                                    e.item().writer()))
                                    .toList();
                            AttributionModels models = trainer.train(rest);
                            List<List<Analysis>> byThreshold = new ArrayList<>();
                            for (double t : thresholds) {
                                AttributionAnalyzer analyzer = new AttributionAnalyzer(
                                        Double.isNaN(t)
                                                ? models
                                                : new AttributionModels(
                                                        models.id(),
                                                        models.features(),
                                                        models.stance(),
                                                        models.targets(),
                                                        t));
                                byThreshold.add(
                                        training.stream()
                                                .filter(
                                                        e -> heldOut.contains(
                                                                e.item().writer()))
                                                .map(
                                                        e -> analyzer.analyze(
                                                                e.item().text(),
                                                                null))
                                                .toList());
                            }
                            return byThreshold;
                        })
                .toList();
        List<Result> out = new ArrayList<>();
        for (int t = 0; t < thresholds.size(); t++) {
            List<CorpusItem> items = new ArrayList<>();
            List<Analysis> results = new ArrayList<>();
            for (int f = 0; f < writers.size(); f++) {
                java.util.Set<String> w = writers.get(f);
                training.stream()
                        .filter(e -> w.contains(e.item().writer()))
                        .forEach(e -> items.add(e.item()));
                results.addAll(perFold.get(f).get(t));
            }
            String threshold = Double.isNaN(thresholds.get(t))
                    ? ""
                    : ", target threshold " + thresholds.get(t);
            out.add(
                    result(
                            "leave-writers-out cross-validation over "
                                    + names.size()
                                    + " training writers in "
                                    + k
                                    + " folds"
                                    + threshold,
                            items,
                            results));
        }
        return out;
    }

    public Result frozenTest(AttributionModels models, List<CorpusItem> test) {
        AttributionAnalyzer analyzer = new AttributionAnalyzer(models);
        List<Analysis> results = test.stream().map(i -> analyzer.analyze(i.text(), null)).toList();
        return result(
                "frozen test split ("
                        + new TreeSet<>(test.stream().map(CorpusItem::writer).toList())
                        + ", never trained or tuned on)",
                test,
                results);
    }

    private static Result result(String name, List<CorpusItem> items, List<Analysis> results) {
        List<LabelledCase> cases = items.stream().map(CorpusEvaluation::asCase).toList();
        Map<String, Evaluation.Report> byWriter = new LinkedHashMap<>();
        for (String w : new TreeSet<>(items.stream().map(CorpusItem::writer).toList())) {
            List<LabelledCase> c = new ArrayList<>();
            List<Analysis> r = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).writer().equals(w)) {
                    c.add(cases.get(i));
                    r.add(results.get(i));
                }
            }
            byWriter.put(w, Evaluation.reports(c, r).get(0));
        }
        Map<String, Double> byCase = new LinkedHashMap<>();
        for (String hc : new TreeSet<>(items.stream().map(CorpusItem::hardCase).toList())) {
            int n = 0;
            int right = 0;
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).hardCase().equals(hc)) {
                    n++;
                    right += items.get(i).stance() == results.get(i).stance() ? 1 : 0;
                }
            }
            byCase.put(hc, (double) right / n);
        }
        return new Result(name, Evaluation.reports(cases, results), byWriter, byCase);
    }

    static LabelledCase asCase(CorpusItem i) {
        return new LabelledCase(i.id(), i.language(), i.text(), i.stance(), i.blameTargets());
    }
}
