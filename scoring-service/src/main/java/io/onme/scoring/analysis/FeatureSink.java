package io.onme.scoring.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the feature stage writes a feature, given as a prefix and the parts that follow it. Two
 * kinds: {@link Names} builds the names (training, evaluation listings) and {@link Rows} looks the
 * same characters up in a {@link FeatureIndex} by their hash without building a string (the
 * analyser's hot path, where building and hashing strings was half of the time). Both see exactly
 * the same characters, so a name and its row always agree.
 */
abstract class FeatureSink {

    /** The feature {@code prefix + a}. */
    abstract void add(String prefix, String a);

    /** The feature {@code prefix + a + separator + b}. */
    abstract void add(String prefix, String a, char separator, String b);

    /** The feature {@code prefix + text.substring(from, to)}. */
    abstract void addSlice(String prefix, String text, int from, int to);

    /** Distinct feature names. */
    static final class Names extends FeatureSink {
        private final Set<String> names = new HashSet<>(64);

        @Override
        void add(String prefix, String a) {
            names.add(prefix + a);
        }

        @Override
        void add(String prefix, String a, char separator, String b) {
            names.add(prefix + a + separator + b);
        }

        @Override
        void addSlice(String prefix, String text, int from, int to) {
            names.add(prefix + text.substring(from, to));
        }

        List<String> toList() {
            return List.copyOf(names);
        }
    }

    /**
     * The distinct rows of the features an index knows; unknown features are dropped. Reusable:
     * {@link #toRows} empties it for the next clause.
     */
    static final class Rows extends FeatureSink {
        private final FeatureIndex index;
        private final FeatureIndex.RowSet rows;

        Rows(FeatureIndex index) {
            this(index, new FeatureIndex.RowSet(index));
        }

        Rows(FeatureIndex index, FeatureIndex.RowSet rows) {
            this.index = index;
            this.rows = rows;
        }

        private void found(long hash) {
            int row = index.rowOfHash(hash);
            if (row >= 0) {
                rows.add(row);
            }
        }

        @Override
        void add(String prefix, String a) {
            found(FeatureIndex.hash(FeatureIndex.hash(FeatureIndex.SEED, prefix), a));
        }

        @Override
        void add(String prefix, String a, char separator, String b) {
            long h = FeatureIndex.hash(FeatureIndex.hash(FeatureIndex.SEED, prefix), a);
            h = FeatureIndex.hash(h, separator);
            found(FeatureIndex.hash(h, b));
        }

        @Override
        void addSlice(String prefix, String text, int from, int to) {
            long h = FeatureIndex.hash(FeatureIndex.SEED, prefix);
            for (int i = from; i < to; i++) {
                h = FeatureIndex.hash(h, text.charAt(i));
            }
            found(h);
        }

        /** The rows found since the last call, each once, ascending. */
        int[] toRows() {
            return rows.drain();
        }
    }
}
