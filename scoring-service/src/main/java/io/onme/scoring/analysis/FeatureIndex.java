package io.onme.scoring.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The features the trained models know, each with a row number shared by every model, so a text's
 * features are looked up once for all of them. Immutable and thread-safe.
 *
 * <p>
 * Besides by name, a row is found by the 64-bit FNV-1a hash of the name's characters, which the
 * analyser computes while it reads a text instead of building each feature's string ({@link
 * FeatureSink.Rows}). Two known names with one hash are refused when the index is built; an unknown
 * feature taken for a known one needs a 64-bit collision (about one in 10^14 per feature for the
 * index's size), far below anything that could change a reading.
 */
public final class FeatureIndex {

    /** FNV-1a's 64-bit offset basis: the hash of no characters. */
    static final long SEED = 0xcbf29ce484222325L;

    private static final long PRIME = 0x100000001b3L;

    /** The names by row; null in an index {@link #withoutNames() without names}. */
    private final String[] names;

    /** Rows by name, made on first use: the analyser looks rows up by hash only. */
    private volatile Map<String, Integer> rows;

    private final int size;

    /**
     * Open addressing by hash, a slot's key and value side by side (one cache line, not two):
     * table[2i] is a name's hash, table[2i + 1] its row + 1 (0 = empty).
     */
    private final long[] table;

    private final int mask;

    /**
     * One bit per {@link #filterSlot} of every known name: most features a text yields (character
     * n-grams and word pairs of words no training text had) are unknown, and this 64 KB filter
     * stays in the core's cache where the table does not, so most misses cost one cached read.
     */
    private final long[] filter;

    private final int filterMask;

    /**
     * @param names distinct feature names; a name's row is its position
     */
    public FeatureIndex(List<String> names) {
        this.names = names.toArray(String[]::new);
        this.size = this.names.length;
        int capacity = Integer.highestOneBit(Math.max(4, size * 2)) * 2;
        table = new long[capacity * 2];
        mask = capacity - 1;
        int filterBits = Integer.highestOneBit(Math.max(64, size * 8)) * 2;
        filter = new long[filterBits / 64];
        filterMask = filterBits - 1;
        for (int i = 0; i < size; i++) {
            long h = hash(SEED, this.names[i]);
            int bit = filterSlot(h);
            filter[bit >>> 6] |= 1L << bit;
            int slot = slot(h);
            while (table[2 * slot + 1] != 0) {
                if (table[2 * slot] == h) {
                    String other = this.names[(int) table[2 * slot + 1] - 1];
                    throw new IllegalArgumentException(
                            other.equals(this.names[i])
                                    ? "duplicate feature " + other
                                    : "features " + other + " and " + this.names[i] + " share a hash");
                }
                slot = (slot + 1) & mask;
            }
            table[2 * slot] = h;
            table[2 * slot + 1] = i + 1;
        }
    }

    private FeatureIndex(FeatureIndex of) {
        this.names = null;
        this.size = of.size;
        this.table = of.table;
        this.mask = of.mask;
        this.filter = of.filter;
        this.filterMask = of.filterMask;
    }

    /**
     * The same rows, found by hash only: what the analyser needs. The names (a string per feature,
     * about half the index's memory) stay with this index and can be dropped with it.
     */
    public FeatureIndex withoutNames() {
        return names == null ? this : new FeatureIndex(this);
    }

    /** FNV-1a over one more UTF-16 unit. */
    static long hash(long h, char c) {
        return (h ^ c) * PRIME;
    }

    /** FNV-1a over more characters. */
    static long hash(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }

    private int slot(long h) {
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** The filter's bit for a hash: other bits of it than the table's slot uses. */
    private int filterSlot(long h) {
        return (int) (h >>> 40) & filterMask;
    }

    /** The row of the feature whose name hashes to h, or -1 when no model knows it. */
    int rowOfHash(long h) {
        int bit = filterSlot(h);
        if ((filter[bit >>> 6] & (1L << bit)) == 0) {
            return -1;
        }
        int slot = slot(h);
        long v;
        while ((v = table[2 * slot + 1]) != 0) {
            if (table[2 * slot] == h) {
                return (int) v - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    public int size() {
        return size;
    }

    public String name(int row) {
        return named()[row];
    }

    /** The row of a feature, or -1 when no model knows it. */
    public int row(String feature) {
        Integer r = byName().get(feature);
        return r == null ? -1 : r;
    }

    private String[] named() {
        if (names == null) {
            throw new IllegalStateException("this index finds rows by hash only; it has no names");
        }
        return names;
    }

    private Map<String, Integer> byName() {
        Map<String, Integer> m = rows;
        if (m == null) {
            String[] n = named();
            java.util.HashMap<String, Integer> made = new java.util.HashMap<>(n.length * 2);
            for (int i = 0; i < n.length; i++) {
                made.put(n[i], i);
            }
            rows = m = made;
        }
        return m;
    }

    /** The rows of the known features among these (unknown ones are left out). */
    public int[] rows(List<String> features) {
        int[] out = new int[features.size()];
        int n = 0;
        Map<String, Integer> byName = byName();
        for (int i = 0; i < features.size(); i++) {
            Integer r = byName.get(features.get(i));
            if (r != null) {
                out[n++] = r;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The distinct rows of several row lists, ascending. */
    static int[] union(int[][] lists, int[] more, RowSet set) {
        for (int[] l : lists) {
            for (int row : l) {
                set.add(row);
            }
        }
        for (int row : more) {
            set.add(row);
        }
        return set.drain();
    }

    /**
     * A set of rows as one bit per row of the index (6 KB for 50 000 features, so it stays in the
     * core's cache): adding is a bit operation and the rows come out ascending and each once
     * without sorting, which was a tenth of the analyser's time. Reusable: {@link #drain} empties
     * it. Not thread-safe; one per analysis.
     */
    static final class RowSet {
        private final long[] bits;

        /** Bit w is set when bits[w] may be non-zero: drain visits only those words. */
        private final long[] words;

        private int count;

        RowSet(FeatureIndex index) {
            bits = new long[(index.size() + 63) >>> 6];
            words = new long[(bits.length + 63) >>> 6];
        }

        void add(int row) {
            int w = row >>> 6;
            long bit = 1L << row;
            if ((bits[w] & bit) == 0) {
                bits[w] |= bit;
                words[w >>> 6] |= 1L << w;
                count++;
            }
        }

        /** The rows added since the last drain, ascending; the set is empty afterwards. */
        int[] drain() {
            int[] out = new int[count];
            int n = 0;
            for (int s = 0; s < words.length; s++) {
                long ws = words[s];
                words[s] = 0;
                while (ws != 0) {
                    int w = (s << 6) + Long.numberOfTrailingZeros(ws);
                    ws &= ws - 1;
                    long x = bits[w];
                    bits[w] = 0;
                    while (x != 0) {
                        out[n++] = (w << 6) + Long.numberOfTrailingZeros(x);
                        x &= x - 1;
                    }
                }
            }
            count = 0;
            return out;
        }
    }

}
