package io.onme.scoring.analysis;

import java.util.Map;

/**
 * Values keyed by strings, looked up by a word's leading characters without cutting them out: the
 * rule stage asks, for every form of every word, whether its first n characters are a pattern's
 * prefix, and a substring per question (a new string, hashed again) was a visible share of the
 * analyser's time. The hash is computed while the characters are read, growing with n; a hit is
 * checked character by character, so a lookup is exact. Immutable and thread-safe.
 */
final class PrefixTable<V> {

    private final String[] keys;
    private final Object[] values;
    private final int mask;

    /** The distinct key lengths, ascending. */
    private final int[] lengths;

    PrefixTable(Map<String, V> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2)) * 2;
        keys = new String[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        java.util.TreeSet<Integer> ls = new java.util.TreeSet<>();
        for (Map.Entry<String, V> e : entries.entrySet()) {
            String k = e.getKey();
            if (k.isEmpty()) {
                continue;
            }
            ls.add(k.length());
            int slot = slot(hash(k, k.length()));
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = k;
            values[slot] = e.getValue();
        }
        lengths = ls.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int hash(String s, int n) {
        int h = 0;
        for (int i = 0; i < n; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    private int slot(int h) {
        return (h ^ (h >>> 16)) & mask;
    }

    /** Calls {@code found} with the value of every key that begins {@code word}, shortest first. */
    void forEachPrefixOf(String word, java.util.function.Consumer<V> found) {
        visit(word, found);
    }

    /** Whether some key begins {@code word}. */
    boolean hasPrefixOf(String word) {
        return visit(word, null);
    }

    /**
     * Visits the keys that begin {@code word}, shortest first: each one's value goes to {@code
     * found}, or, without a consumer, the first one ends the walk. Answers whether any did.
     */
    @SuppressWarnings("unchecked") // values holds only V
    private boolean visit(String word, java.util.function.Consumer<V> found) {
        boolean any = false;
        int h = 0;
        int read = 0;
        for (int len : lengths) {
            if (len > word.length()) {
                return any;
            }
            for (; read < len; read++) {
                h = 31 * h + word.charAt(read);
            }
            for (int slot = slot(h); keys[slot] != null; slot = (slot + 1) & mask) {
                if (keys[slot].length() == len && word.startsWith(keys[slot])) {
                    if (found == null) {
                        return true;
                    }
                    found.accept((V) values[slot]);
                    any = true;
                    break;
                }
            }
        }
        return any;
    }
}
