package io.onme.scoring.analysis.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import io.onme.scoring.analysis.AttributionModels;
import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.Language;
import io.onme.scoring.analysis.Stance;

/**
 * Whether more labelled notes would help: leave-writers-out over the TRAINING writers only (the
 * frozen split is never read), training on a seeded random fraction of each fold's training items,
 * printing stance accuracy and target micro-F1 per language for each fraction. A curve still rising
 * at 1.0 says more notes pay; a flat one says the features or the model are the limit. Not part of
 * the build:
 *
 * <pre>
 *   ./mvnw -B -q -pl scoring-service test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=io.onme.scoring.analysis.training.LearningCurveMain \
 *       -Dexec.args="../corpus 3 0.25,0.5,1.0"
 * </pre>
 */
public final class LearningCurveMain {

    private LearningCurveMain() {
    }

    public static void main(String[] args) {
        int folds = Integer.parseInt(args.length > 1 ? args[1] : "3");
        double[] fractions = Arrays.stream((args.length > 2 ? args[2] : "0.25,0.5,1.0").split(","))
                .mapToDouble(Double::parseDouble)
                .toArray();
        List<CorpusItem> training = Corpus.readSplit(Path.of(args.length > 0 ? args[0] : "corpus"), Corpus.TRAIN);
        ModelTrainer trainer = new ModelTrainer(ModelTrainer.Settings.DEFAULT);
        List<ModelTrainer.Example> examples = trainer.examples(training);
        List<String> writers = new ArrayList<>(new TreeSet<>(training.stream().map(CorpusItem::writer).toList()));
        for (double fraction : fractions) {
            // per language: items, stance right, target tp, fp, fn
            int[][] c = new int[2][5];
            for (int f = 0; f < folds; f++) {
                Set<String> heldOut = TargetCeilingMain.heldOut(writers, folds, f);
                List<ModelTrainer.Example> fold = new ArrayList<>(
                        examples.stream()
                                .filter(e -> !heldOut.contains(e.item().writer()))
                                .toList());
                Collections.shuffle(fold, new Random(17L + f));
                AttributionModels models = trainer.train(fold.subList(0, (int) Math.round(fold.size() * fraction)));
                for (ModelTrainer.Example e : examples) {
                    if (!heldOut.contains(e.item().writer())) {
                        continue;
                    }
                    int[] rows = models.features().rows(Arrays.asList(e.features()));
                    Stance predicted = TargetCeilingMain.likeliestStance(models, rows);
                    int[] l = c[e.item().language().ordinal()];
                    l[0]++;
                    if (predicted == e.item().stance()) {
                        l[1]++;
                    }
                    Set<BlameTarget> read = TargetCeilingMain.blames(predicted)
                            ? TargetCeilingMain.targets(models, rows)
                            : Set.of();
                    TargetCeilingMain.count(l, 2, read, e.item().blameTargets());
                }
            }
            for (int lang = 0; lang < 2; lang++) {
                int[] l = c[lang];
                System.out.printf(
                        Locale.ROOT,
                        "fraction %.2f %s n %4d stance %.3f target F1 %.3f%n",
                        fraction,
                        Language.values()[lang],
                        l[0],
                        l[1] / (double) l[0],
                        2.0 * l[2] / (2.0 * l[2] + l[3] + l[4]));
            }
        }
    }
}
