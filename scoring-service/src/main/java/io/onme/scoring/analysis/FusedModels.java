package io.onme.scoring.analysis;

import java.util.Map;

/**
 * The stance model and every blame-target model laid out as one table, a feature row's weights for
 * all of them side by side: one pass over a text's (or a clause's) rows sums every model at once,
 * one memory read per row instead of one per model, which was a tenth of the analyser's time. The
 * sums and probabilities are exactly those of the separate {@link LinearModel}s (same order of
 * addition, same normalisation); the models stay the form that is trained, stored and compared.
 * Immutable and thread-safe.
 */
final class FusedModels {

    private static final BlameTarget[] TARGETS = BlameTarget.values();

    private final LinearModel stance;
    private final int stanceWidth;

    /** Per target: its model's outcome count, the column its sums start at, its yes outcome. */
    private final int[] targetWidth = new int[TARGETS.length];

    private final int[] targetColumn = new int[TARGETS.length];
    private final int[] targetYes = new int[TARGETS.length];

    /** Columns per row: every outcome of every model. */
    private final int width;

    private final float[] weights;

    FusedModels(AttributionModels models) {
        this.stance = models.stance();
        this.stanceWidth = stance.outcomeCount();
        int column = stanceWidth;
        Map<BlameTarget, LinearModel> targets = models.targets();
        for (BlameTarget t : TARGETS) {
            LinearModel m = targets.get(t);
            targetWidth[t.ordinal()] = m.outcomeCount();
            targetColumn[t.ordinal()] = column;
            targetYes[t.ordinal()] = m.outcomeIndex(AttributionModels.YES);
            column += m.outcomeCount();
        }
        this.width = column;
        int rows = models.features().size();
        this.weights = new float[rows * width];
        for (int r = 0; r < rows; r++) {
            int base = r * width;
            for (int o = 0; o < stanceWidth; o++) {
                weights[base + o] = stance.weight(r, o);
            }
            for (BlameTarget t : TARGETS) {
                LinearModel m = targets.get(t);
                for (int o = 0; o < m.outcomeCount(); o++) {
                    weights[base + targetColumn[t.ordinal()] + o] = m.weight(r, o);
                }
            }
        }
    }

    /**
     * Every model's probabilities for these rows, read through {@link #stance} and {@link #blame}.
     */
    Scores score(int[] rows) {
        double[] sums = new double[width];
        for (int row : rows) {
            int base = row * width;
            for (int o = 0; o < width; o++) {
                sums[o] += weights[base + o];
            }
        }
        LinearModel.normalise(sums, 0, stanceWidth);
        for (int t = 0; t < TARGETS.length; t++) {
            LinearModel.normalise(sums, targetColumn[t], targetWidth[t]);
        }
        return new Scores(sums);
    }

    /** The probabilities of one text or clause. */
    final class Scores {
        private final double[] p;

        private Scores(double[] p) {
            this.p = p;
        }

        /** The stance model's probability of its outcome o ({@link LinearModel#outcome} order). */
        double stance(int o) {
            return p[o];
        }

        /** The probability that this text blames t (given that it blames). */
        double blame(BlameTarget t) {
            int yes = targetYes[t.ordinal()];
            return yes < 0 ? 0 : p[targetColumn[t.ordinal()] + yes];
        }

        /** The stance model's probabilities, one per outcome. */
        double[] stance() {
            return java.util.Arrays.copyOf(p, stanceWidth);
        }
    }
}
