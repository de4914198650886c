package io.onme.scoring.analysis;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A trained multinomial logistic (maximum-entropy) model in the compact form the analyser
 * evaluates: one weight per feature row of a shared {@link FeatureIndex} and outcome. Training is
 * Apache OpenNLP's ({@link io.onme.scoring.analysis.training.ModelTrainer}); this class only adds
 * the weights of the rows present and normalises. Immutable and thread-safe.
 */
public final class LinearModel {

    private final String[] outcomes;
    private final float[] weights;

    /**
     * @param weights row-major: the weights of feature row {@code r} are {@code weights[r *
     *     outcomes.length .. (r + 1) * outcomes.length)}
     */
    public LinearModel(String[] outcomes, float[] weights) {
        if (outcomes.length == 0 || weights.length % outcomes.length != 0) {
            throw new IllegalArgumentException(
                    "weights do not fit " + outcomes.length + " outcomes");
        }
        this.outcomes = outcomes.clone();
        this.weights = weights.clone();
    }

    public int outcomeCount() {
        return outcomes.length;
    }

    public String outcome(int i) {
        return outcomes[i];
    }

    public int outcomeIndex(String name) {
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Feature rows this model has weights for. */
    public int rowCount() {
        return weights.length / outcomes.length;
    }

    /**
     * The probability of each outcome (in {@link #outcome(int)} order) given these feature rows.
     */
    public double[] probabilities(int[] rows) {
        int k = outcomes.length;
        double[] sums = new double[k];
        for (int row : rows) {
            int base = row * k;
            for (int o = 0; o < k; o++) {
                sums[o] += weights[base + o];
            }
        }
        normalise(sums, 0, k);
        return sums;
    }

    /**
     * Turns the summed weights {@code sums[from .. from + k)} into probabilities in place (softmax,
     * shifted by the largest sum). {@link FusedModels} uses the same arithmetic, so its
     * probabilities are bit for bit this model's.
     */
    static void normalise(double[] sums, int from, int k) {
        double max = Double.NEGATIVE_INFINITY;
        for (int o = from; o < from + k; o++) {
            max = Math.max(max, sums[o]);
        }
        double total = 0;
        for (int o = from; o < from + k; o++) {
            sums[o] = Math.exp(sums[o] - max);
            total += sums[o];
        }
        for (int o = from; o < from + k; o++) {
            sums[o] /= total;
        }
    }

    /** Weight of row r for outcome o. */
    float weight(int row, int outcome) {
        return weights[row * outcomes.length + outcome];
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(outcomes.length);
        for (String o : outcomes) {
            out.writeUTF(o);
        }
        out.writeInt(weights.length);
        for (float w : weights) {
            out.writeFloat(w);
        }
    }

    static LinearModel read(DataInputStream in) throws IOException {
        String[] outcomes = new String[in.readInt()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = in.readUTF();
        }
        float[] weights = new float[in.readInt()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = in.readFloat();
        }
        return new LinearModel(outcomes, weights);
    }
}
