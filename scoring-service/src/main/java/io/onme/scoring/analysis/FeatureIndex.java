package io.onme.scoring.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The features the trained models know, each with a row number shared by every model, so a text's
 * features are looked up once for all of them. Immutable and thread-safe.
 */
public final class FeatureIndex {

    private final String[] names;
    private final Map<String, Integer> rows;

    /**
     * @param names distinct feature names; a name's row is its position
     */
    public FeatureIndex(List<String> names) {
        this.names = names.toArray(String[]::new);
        java.util.HashMap<String, Integer> m = new java.util.HashMap<>(names.size() * 2);
        for (int i = 0; i < this.names.length; i++) {
            if (m.put(this.names[i], i) != null) {
                throw new IllegalArgumentException("duplicate feature " + this.names[i]);
            }
        }
        this.rows = m;
    }

    public int size() {
        return names.length;
    }

    public String name(int row) {
        return names[row];
    }

    /** The row of a feature, or -1 when no model knows it. */
    public int row(String feature) {
        Integer r = rows.get(feature);
        return r == null ? -1 : r;
    }

    /** The rows of the known features among these (unknown ones are left out). */
    public int[] rows(List<String> features) {
        int[] out = new int[features.size()];
        int n = 0;
        for (int i = 0; i < features.size(); i++) {
            Integer r = rows.get(features.get(i));
            if (r != null) {
                out[n++] = r;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The distinct rows of several row lists, ascending. */
    static int[] union(int[][] lists, int[] more) {
        int total = more.length;
        for (int[] l : lists) {
            total += l.length;
        }
        int[] all = new int[total];
        int n = 0;
        for (int[] l : lists) {
            System.arraycopy(l, 0, all, n, l.length);
            n += l.length;
        }
        System.arraycopy(more, 0, all, n, more.length);
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    List<String> names() {
        return List.of(names);
    }
}
