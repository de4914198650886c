package io.onme.scoring.analysis.training;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Feature ablation by leave-writers-out cross-validation over the TRAINING writers only: each
 * argument after the corpus folder and the number of folds is a comma-separated list of feature
 * prefixes to leave out of training ("none" for all features; "#3" for character 3-grams). Not part
 * of the build; for choosing features.
 */
public final class FeatureAblationMain {

    private FeatureAblationMain() {
    }

    private static boolean dropped(String feature, String prefix) {
        if (prefix.startsWith("#")) {
            return feature.startsWith("c:")
                    && feature.length() - 2 == Integer.parseInt(prefix.substring(1));
        }
        return feature.startsWith(prefix);
    }

    public static void main(String[] args) {
        Path corpus = Path.of(args[0]);
        int folds = Integer.parseInt(args[1]);
        ModelTrainer.Settings settings = ModelTrainer.Settings.DEFAULT;
        ModelTrainer trainer = new ModelTrainer(settings);
        List<ModelTrainer.Example> examples = trainer.examples(Corpus.readSplit(corpus, Corpus.TRAIN));
        for (String drop : Arrays.copyOfRange(args, 2, args.length)) {
            List<String> prefixes = drop.equals("none") ? List.of() : List.of(drop.split(","));
            List<ModelTrainer.Example> kept = examples.stream()
                    .map(
                            e -> new ModelTrainer.Example(
                                    e.item(),
                                    Arrays.stream(e.features())
                                            .filter(
                                                    f -> prefixes.stream()
                                                            .noneMatch(
                                                                    p -> dropped(
                                                                            f,
                                                                            p)))
                                            .toArray(String[]::new)))
                    .toList();
            CorpusEvaluation.Result r = new CorpusEvaluation(trainer)
                    .leaveWritersOut(kept, List.of(Double.NaN), folds)
                    .get(0);
            System.out.printf(
                    Locale.ROOT,
                    "without %-20s stance %.3f (he %.3f, en %.3f) kappa %.3f  targets %.3f (he %.3f, en %.3f)%n",
                    drop,
                    r.slice("overall").accuracy(),
                    r.slice("HE").accuracy(),
                    r.slice("EN").accuracy(),
                    r.slice("overall").kappa(),
                    r.slice("overall").targetF1(),
                    r.slice("HE").targetF1(),
                    r.slice("EN").targetF1());
        }
    }
}
