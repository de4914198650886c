package io.onme.scoring.analysis.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.onme.scoring.analysis.AttributionModels;
import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.LinearModel;
import io.onme.scoring.analysis.Stance;

/**
 * Where the blame-target errors come from, by leave-writers-out over the TRAINING writers only (the
 * frozen split is never read): the target micro-F1 end to end (the stance model decides whether a
 * text blames), and with the labelled stance instead (so only the target models can err), overall
 * and per target, plus the stance confusion. Not part of the build:
 *
 * <pre>
 *   ./mvnw -B -q -pl scoring-service test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=io.onme.scoring.analysis.training.TargetCeilingMain -Dexec.args="../corpus 3"
 * </pre>
 *
 * (arguments: corpus folder, number of folds; writers are dealt to folds in name order). Reads the
 * text-level features only, as the analyser's decision does.
 */
public final class TargetCeilingMain {

    private TargetCeilingMain() {
    }

    public static void main(String[] args) {
        int folds = Integer.parseInt(args.length > 1 ? args[1] : "3");
        List<CorpusItem> training = Corpus.readSplit(Path.of(args.length > 0 ? args[0] : "corpus"), Corpus.TRAIN);
        ModelTrainer trainer = new ModelTrainer(ModelTrainer.Settings.DEFAULT);
        List<ModelTrainer.Example> examples = trainer.examples(training);
        List<String> writers = new ArrayList<>(new TreeSet<>(training.stream().map(CorpusItem::writer).toList()));
        Map<String, int[]> counts = new TreeMap<>();
        int[][] confusion = new int[Stance.values().length][Stance.values().length];
        for (int f = 0; f < folds; f++) {
            Set<String> heldOut = heldOut(writers, folds, f);
            AttributionModels models = trainer.train(
                    examples.stream()
                            .filter(e -> !heldOut.contains(e.item().writer()))
                            .toList());
            for (ModelTrainer.Example e : examples) {
                if (!heldOut.contains(e.item().writer())) {
                    continue;
                }
                int[] rows = models.features().rows(Arrays.asList(e.features()));
                Stance predicted = likeliestStance(models, rows);
                Stance labelled = e.item().stance();
                confusion[labelled.ordinal()][predicted.ordinal()]++;
                Set<BlameTarget> targets = targets(models, rows);
                Set<BlameTarget> gold = EnumSet.noneOf(BlameTarget.class);
                gold.addAll(e.item().blameTargets());
                String lang = e.item().language().name();
                add(counts, lang + " end to end", blames(predicted) ? targets : Set.of(), gold);
                add(counts, lang + " labelled stance", blames(labelled) ? targets : Set.of(), gold);
                for (BlameTarget t : BlameTarget.values()) {
                    add(
                            counts,
                            lang + " labelled stance, " + t,
                            blames(labelled) && targets.contains(t) ? Set.of(t) : Set.of(),
                            gold.contains(t) ? Set.of(t) : Set.of());
                }
            }
        }
        counts.forEach(
                (k, c) -> System.out.printf(
                        Locale.ROOT,
                        "%-34s tp %4d fp %4d fn %4d  P %.3f R %.3f F1 %.3f%n",
                        k,
                        c[0],
                        c[1],
                        c[2],
                        c[0] / (double) (c[0] + c[1]),
                        c[0] / (double) (c[0] + c[2]),
                        2.0 * c[0] / (2.0 * c[0] + c[1] + c[2])));
        System.out.println(
                "stance confusion, rows labelled, columns read, in order "
                        + List.of(Stance.values()));
        for (int[] row : confusion) {
            System.out.println(Arrays.toString(row));
        }
    }

    /** Fold f of the writers dealt to folds in name order. */
    static Set<String> heldOut(List<String> writers, int folds, int f) {
        Set<String> heldOut = new HashSet<>();
        for (int i = f; i < writers.size(); i += folds) {
            heldOut.add(writers.get(i));
        }
        return heldOut;
    }

    /** The stance model's most likely class, as the analyser decides it. */
    static Stance likeliestStance(AttributionModels models, int[] rows) {
        double[] p = models.stance().probabilities(rows);
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return Stance.valueOf(models.stance().outcome(best));
    }

    static boolean blames(Stance s) {
        return s == Stance.BLAME || s == Stance.MIXED;
    }

    /** The analyser's target decision: each at the threshold or above, else the likeliest one. */
    static Set<BlameTarget> targets(AttributionModels models, int[] rows) {
        Set<BlameTarget> out = EnumSet.noneOf(BlameTarget.class);
        BlameTarget likeliest = null;
        double likeliestP = -1;
        for (BlameTarget t : BlameTarget.values()) {
            LinearModel m = models.targets().get(t);
            int yes = m.outcomeIndex(AttributionModels.YES);
            double p = yes < 0 ? 0 : m.probabilities(rows)[yes];
            if (p >= models.targetThreshold()) {
                out.add(t);
            }
            if (p > likeliestP) {
                likeliestP = p;
                likeliest = t;
            }
        }
        if (out.isEmpty()) {
            out.add(likeliest);
        }
        return out;
    }

    private static void add(
            Map<String, int[]> counts, String key, Set<BlameTarget> read, Set<BlameTarget> gold) {
        count(counts.computeIfAbsent(key, k -> new int[3]), 0, read, gold);
    }

    /** Adds the targets' true positives, false positives and false negatives at c[from..from+2]. */
    static void count(int[] c, int from, Set<BlameTarget> read, Collection<BlameTarget> gold) {
        for (BlameTarget t : BlameTarget.values()) {
            boolean r = read.contains(t);
            boolean g = gold.contains(t);
            if (r && g) {
                c[from]++;
            } else if (r) {
                c[from + 1]++;
            } else if (g) {
                c[from + 2]++;
            }
        }
    }
}
