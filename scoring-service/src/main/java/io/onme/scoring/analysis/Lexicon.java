package io.onme.scoring.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable set of patterns indexed by the forms their first slot accepts, so matching
 * costs a few hash look-ups per word instead of a scan over every pattern.
 */
final class Lexicon {

    private final Map<String, List<Pattern>> byExact = new HashMap<>();
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
            for (String f : first.exact) {
                byExact.computeIfAbsent(f, k -> new ArrayList<>()).add(p);
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

    /** Adds every pattern whose first slot can match a word with these forms. */
    void candidates(String[] forms, List<Pattern> out) {
        out.clear();
        for (String f : forms) {
            List<Pattern> ps = byExact.get(f);
            if (ps != null) {
                addAllNew(ps, out);
            }
            int max = Math.min(maxPrefix, f.length());
            for (int len = 1; len <= max; len++) {
                ps = byPrefix.get(f.substring(0, len));
                if (ps != null) {
                    addAllNew(ps, out);
                }
            }
            if (!byFirstPersonPast.isEmpty() && HebrewMorphology.isFirstPersonPast(f)) {
                addAllNew(byFirstPersonPast, out);
            }
        }
    }

    private static void addAllNew(List<Pattern> ps, List<Pattern> out) {
        for (Pattern p : ps) {
            if (!out.contains(p)) {
                out.add(p);
            }
        }
    }
}
