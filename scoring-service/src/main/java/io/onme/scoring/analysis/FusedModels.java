package io.onme.scoring.analysis;

import java.util.Map;

/**
 * The stance model and every blame-target model laid out as one table, a feature row's weights for
 * all of them side by side, so the models share the memory reads of a row instead of each reading
 * its own array (seven separate arrays were a tenth of the analyser's time). The sums and
 * probabilities are exactly those of the separate {@link LinearModel}s (same order of addition,
 * same normalisation); the models stay the form that is trained, stored and compared. The table is
 * immutable and thread-safe; a {@link Scores} belongs to one analysis.
 */
final class FusedModels {

    private static final BlameTarget[] TARGETS = BlameTarget.values();

    /** The stance of each stance column, and the column of each stance (by ordinal). */
    private final Stance[] stanceOfColumn;

    private final int[] columnOfStance = new int[Stance.values().length];

    private final int stanceWidth;

    /** Per target: its model's outcome count, the column its sums start at, its yes outcome. */
    private final int[] targetWidth = new int[TARGETS.length];

    private final int[] targetColumn = new int[TARGETS.length];
    private final int[] targetYes = new int[TARGETS.length];

    /** Columns per row: every outcome of every model. */
    private final int width;

    private final float[] weights;

    FusedModels(AttributionModels models) {
        LinearModel stance = models.stance();
        this.stanceWidth = stance.outcomeCount();
        this.stanceOfColumn = new Stance[stanceWidth];
        java.util.Arrays.fill(columnOfStance, -1);
        for (int o = 0; o < stanceWidth; o++) {
            stanceOfColumn[o] = Stance.valueOf(stance.outcome(o));
            columnOfStance[stanceOfColumn[o].ordinal()] = o;
        }
        for (Stance s : Stance.values()) {
            if (columnOfStance[s.ordinal()] < 0) {
                throw new IllegalArgumentException("the stance model has no outcome " + s);
            }
        }
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

    /** The stance of the stance model's outcome o. */
    Stance stanceOf(int o) {
        return stanceOfColumn[o];
    }

    /** The stance model's outcome for s. */
    int stanceOutcome(Stance s) {
        return columnOfStance[s.ordinal()];
    }

    /**
     * The models' probabilities for these rows ({@code rows} ascending, as the separate models sum
     * them): the stance at once, the targets when first asked for (most texts and clauses do not
     * blame, and their target sums would be wasted).
     */
    Scores score(int[] rows) {
        double[] sums = new double[width];
        for (int row : rows) {
            int base = row * width;
            for (int o = 0; o < stanceWidth; o++) {
                sums[o] += weights[base + o];
            }
        }
        LinearModel.normalise(sums, 0, stanceWidth);
        return new Scores(rows, sums);
    }

    /** The probabilities of one text or clause. */
    final class Scores {
        private final int[] rows;
        private final double[] p;
        private boolean targetsSummed;

        private Scores(int[] rows, double[] p) {
            this.rows = rows;
            this.p = p;
        }

        /** The probability that this text blames t (given that it blames). */
        double blame(BlameTarget t) {
            int yes = targetYes[t.ordinal()];
            if (yes < 0) {
                return 0;
            }
            if (!targetsSummed) {
                sumTargets();
            }
            return p[targetColumn[t.ordinal()] + yes];
        }

        private void sumTargets() {
            for (int row : rows) {
                int base = row * width;
                for (int o = stanceWidth; o < width; o++) {
                    p[o] += weights[base + o];
                }
            }
            for (int t = 0; t < TARGETS.length; t++) {
                LinearModel.normalise(p, targetColumn[t], targetWidth[t]);
            }
            targetsSummed = true;
        }

        /** The stance model's probabilities, one per outcome. */
        double[] stance() {
            return java.util.Arrays.copyOf(p, stanceWidth);
        }
    }
}
