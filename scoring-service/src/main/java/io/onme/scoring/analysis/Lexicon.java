package io.onme.scoring.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable set of patterns indexed by the forms their first two words accept (or the
 * first word alone when the second is a gap, a wildcard or may be absent), so matching costs
 * a few hash look-ups per word instead of a scan over every pattern.
 */
final class Lexicon {

    private static final char PAIR = '\u0001';

    private final Map<String, List<Pattern>> byExact = new HashMap<>();
    private final Map<String, List<Pattern>> byPair = new HashMap<>();
    private final Map<String, List<Pattern>> byPrefix = new HashMap<>();
    private final List<Pattern> byFirstPersonPast = new ArrayList<>();
    private final Set<String> knownForms = new HashSet<>();
    private final Set<String> knownPrefixes = new HashSet<>();
    private int maxPrefix;
    private final int size;

    Lexicon(List<Pattern> patterns) {
        for (Pattern p : patterns) {
            Pattern.Slot first = p.first();
            if (first == null || first.gap || first.any || first.optional) {
                throw new IllegalArgumentException("pattern must start with a required word: " + p.rule);
            }
            Set<String> second = secondKeys(p.slots, 1);
            for (String f : first.exact) {
                if (second == null) {
                    byExact.computeIfAbsent(f, k -> new ArrayList<>()).add(p);
                } else {
                    for (String g : second) {
                        byPair.computeIfAbsent(f + PAIR + g, k -> new ArrayList<>()).add(p);
                    }
                }
            }
            for (String f : first.prefixes) {
                byPrefix.computeIfAbsent(f, k -> new ArrayList<>()).add(p);
                maxPrefix = Math.max(maxPrefix, f.length());
            }
            if (first.firstPersonPast) {
                byFirstPersonPast.add(p);
            }
            for (Pattern.Slot s : p.slots) {
                knownForms.addAll(s.exact);
                for (String pre : s.prefixes) {
                    knownPrefixes.add(pre);
                    maxPrefix = Math.max(maxPrefix, pre.length());
                }
            }
        }
        size = patterns.size();
    }

    /**
     * The exact forms the word after the first can have, or null when it can be anything or
     * absent (then the pattern is indexed by its first word only).
     */
    private static Set<String> secondKeys(Pattern.Slot[] slots, int i) {
        if (i >= slots.length) {
            return null;
        }
        Pattern.Slot s = slots[i];
        if (s.gap || s.any || !s.prefixes.isEmpty() || s.firstPersonPast || s.exact.isEmpty()) {
            return null;
        }
        if (!s.optional) {
            return s.exact;
        }
        Set<String> rest = secondKeys(slots, i + 1);
        if (rest == null) {
            return null;
        }
        Set<String> both = new HashSet<>(s.exact);
        both.addAll(rest);
        return both;
    }

    int size() {
        return size;
    }

    /** Whether a (prefix-stripped) Hebrew remainder is a form some pattern can use. */
    boolean knows(String form) {
        if (knownForms.contains(form) || HebrewMorphology.isFirstPersonPast(form)) {
            return true;
        }
        int max = Math.min(maxPrefix, form.length());
        for (int len = 2; len <= max; len++) {
            if (knownPrefixes.contains(form.substring(0, len))) {
                return true;
            }
        }
        return false;
    }

    /** Adds every pattern whose first slot can match a word with these forms (each once). */
    void candidates(String[] forms, String[] next, List<Pattern> out) {
        out.clear();
        List<Pattern> single = null;
        java.util.Set<Pattern> seen = null;
        for (String f : forms) {
            List<Pattern> ps = byExact.get(f);
            if (ps != null) {
                if (single == null && seen == null) {
                    single = ps;
                } else {
                    seen = merge(single, seen, ps);
                    single = null;
                }
            }
            if (next != null) {
                for (String g : next) {
                    ps = byPair.get(f + PAIR + g);
                    if (ps != null) {
                        if (single == null && seen == null) {
                            single = ps;
                        } else {
                            seen = merge(single, seen, ps);
                            single = null;
                        }
                    }
                }
            }
            int max = Math.min(maxPrefix, f.length());
            for (int len = 1; len <= max; len++) {
                ps = byPrefix.get(f.substring(0, len));
                if (ps != null) {
                    if (single == null && seen == null) {
                        single = ps;
                    } else {
                        seen = merge(single, seen, ps);
                        single = null;
                    }
                }
            }
            if (!byFirstPersonPast.isEmpty() && HebrewMorphology.isFirstPersonPast(f)) {
                if (single == null && seen == null) {
                    single = byFirstPersonPast;
                } else {
                    seen = merge(single, seen, byFirstPersonPast);
                    single = null;
                }
            }
        }
        if (single != null) {
            out.addAll(single); // one list: its patterns are distinct already
        } else if (seen != null) {
            out.addAll(seen);
        }
    }

    private static java.util.Set<Pattern> merge(List<Pattern> single, java.util.Set<Pattern> seen, List<Pattern> more) {
        java.util.Set<Pattern> s = seen != null ? seen : new java.util.LinkedHashSet<>(single);
        s.addAll(more);
        return s;
    }

}
