package io.onme.scoring.analysis.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the training settings by leave-writers-out cross-validation over the TRAINING writers
 * only (the frozen test split is never read here). Not part of the build; run it with:
 *
 * <pre>
 *   ./mvnw -B -q -pl scoring-service test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=io.onme.scoring.analysis.training.TuneMain -Dexec.args="../corpus 0.5,1 1,2 1,3"
 * </pre>
 *
 * (arguments: corpus folder, L2 costs, cutoffs, minimum writers per feature, and optionally at most
 * this many folds; each setting is tried with target thresholds 0.2, 0.3 and 0.4).
 */
public final class TuneMain {

    private TuneMain() {
    }

    public static void main(String[] args) {
        Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
        double[] l2s = args.length > 1 ? parse(args[1]) : new double[] { 0.5 };
        double[] cutoffs = args.length > 2 ? parse(args[2]) : new double[] { 2 };
        double[] minWriters = args.length > 3 ? parse(args[3]) : new double[] { 1 };
        int folds = args.length > 4 ? Integer.parseInt(args[4]) : Integer.MAX_VALUE;
        List<Double> thresholds = List.of(0.2, 0.3, 0.4);
        List<CorpusItem> training = Corpus.readSplit(corpus, Corpus.TRAIN);
        List<ModelTrainer.Example> examples = new ModelTrainer(ModelTrainer.Settings.DEFAULT).examples(training);
        for (double l2 : l2s) {
            for (double cutoff : cutoffs) {
                for (double mw : minWriters) {
                    ModelTrainer.Settings s = new ModelTrainer.Settings(150, (int) cutoff, (int) mw, l2, Double.NaN);
                    List<CorpusEvaluation.Result> rs = new CorpusEvaluation(new ModelTrainer(s))
                            .leaveWritersOut(examples, thresholds, folds);
                    for (int i = 0; i < rs.size(); i++) {
                        CorpusEvaluation.Result r = rs.get(i);
                        System.out.printf(
                                Locale.ROOT,
                                "l2 %.2f cutoff %d writers %d threshold %.2f: stance %.3f (he %.3f, en %.3f)"
                                        + " kappa %.3f  targets %.3f (he %.3f, en %.3f)%n",
                                l2,
                                (int) cutoff,
                                (int) mw,
                                thresholds.get(i),
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
        }
    }

    private static double[] parse(String csv) {
        String[] parts = csv.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i]);
        }
        return out;
    }
}
