package io.onme.scoring.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable set of patterns indexed by the forms their first two words accept (or the first word
 * alone when the second is a gap, a wildcard or may be absent), so matching costs a few hash
 * look-ups per word instead of a scan over every pattern.
 */
final class Lexicon {

    private final Map<String, List<Pattern>> byExact = new HashMap<>();
    private final Map<String, Map<String, List<Pattern>>> byPair = new HashMap<>();
    private final Map<String, Map<String, Map<String, List<Pattern>>>> byTriple = new HashMap<>();
    private final Map<String, List<Pattern>> byPrefix = new HashMap<>();

    /**
     * byExact, byPair and byTriple under one key, so a word's form costs one hash look-up instead
     * of three (most forms start no pattern at all).
     */
    private final Map<String, ByFirst> byFirst = new HashMap<>();

    private record ByFirst(
            List<Pattern> exact,
            Map<String, List<Pattern>> pair,
            Map<String, Map<String, List<Pattern>>> triple) {
    }

    private final List<Pattern> byFirstPersonPast = new ArrayList<>();
    private final Set<String> knownForms = new HashSet<>();
    private final Set<String> knownPrefixes = new HashSet<>();

    /** byPrefix and knownPrefixes (of two letters or more) for look-ups without substrings. */
    private final PrefixTable<List<Pattern>> firstPrefixes;

    private final PrefixTable<Boolean> longKnownPrefixes;
    private final int size;

    Lexicon(List<Pattern> patterns) {
        for (Pattern p : patterns) {
            Pattern.Slot first = p.first();
            if (first == null || first.gap || first.any || first.optional) {
                throw new IllegalArgumentException(
                        "pattern must start with a required word: " + p.rule);
            }
            Set<String> second = secondKeys(p.slots, 1);
            // a required second word lets the third narrow the look-up further ("i am" + "bad")
            Set<String> third = second != null && p.slots.length > 2 && !p.slots[1].optional
                    ? secondKeys(p.slots, 2)
                    : null;
            for (String f : first.exact) {
                if (second == null) {
                    byExact.computeIfAbsent(f, k -> new ArrayList<>()).add(p);
                } else if (third == null) {
                    for (String g : second) {
                        byPair.computeIfAbsent(f, k -> new HashMap<>())
                                .computeIfAbsent(g, k -> new ArrayList<>())
                                .add(p);
                    }
                } else {
                    for (String g : second) {
                        for (String h : third) {
                            byTriple.computeIfAbsent(f, k -> new HashMap<>())
                                    .computeIfAbsent(g, k -> new HashMap<>())
                                    .computeIfAbsent(h, k -> new ArrayList<>())
                                    .add(p);
                        }
                    }
                }
            }
            for (String f : first.prefixes) {
                byPrefix.computeIfAbsent(f, k -> new ArrayList<>()).add(p);
            }
            if (first.firstPersonPast) {
                byFirstPersonPast.add(p);
            }
            for (Pattern.Slot s : p.slots) {
                knownForms.addAll(s.exact);
                for (String pre : s.prefixes) {
                    knownPrefixes.add(pre);
                }
            }
        }
        size = patterns.size();
        java.util.Set<String> firsts = new HashSet<>(byExact.keySet());
        firsts.addAll(byPair.keySet());
        firsts.addAll(byTriple.keySet());
        for (String f : firsts) {
            byFirst.put(f, new ByFirst(byExact.get(f), byPair.get(f), byTriple.get(f)));
        }
        firstPrefixes = new PrefixTable<>(byPrefix);
        Map<String, Boolean> longPrefixes = new HashMap<>();
        for (String pre : knownPrefixes) {
            if (pre.length() >= 2) {
                longPrefixes.put(pre, Boolean.TRUE);
            }
        }
        longKnownPrefixes = new PrefixTable<>(longPrefixes);
    }

    /**
     * The exact forms the word after the first can have, or null when it can be anything or absent
     * (then the pattern is indexed by its first word only).
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
        return longKnownPrefixes.hasPrefixOf(form);
    }

    /**
     * Adds the lists of patterns that can start at a word with these forms, followed by words with
     * the {@code next} and {@code third} forms (null past the end of the clause). A pattern may
     * appear twice when a word has several forms; matching it twice is harmless.
     */
    void candidateLists(String[] forms, String[] next, String[] third, List<List<Pattern>> out) {
        for (String f : forms) {
            ByFirst first = byFirst.get(f);
            if (first != null) {
                candidates(first, next, third, out);
            }
            firstPrefixes.forEachPrefixOf(f, out::add);
            if (!byFirstPersonPast.isEmpty() && HebrewMorphology.isFirstPersonPast(f)) {
                out.add(byFirstPersonPast);
            }
        }
    }

    private static void candidates(
            ByFirst first, String[] next, String[] third, List<List<Pattern>> out) {
        List<Pattern> ps = first.exact();
        if (ps != null) {
            out.add(ps);
        }
        if (next != null) {
            Map<String, List<Pattern>> second = first.pair();
            if (second != null) {
                for (String g : next) {
                    ps = second.get(g);
                    if (ps != null) {
                        out.add(ps);
                    }
                }
            }
            Map<String, Map<String, List<Pattern>>> triple = third == null ? null : first.triple();
            if (triple != null) {
                for (String g : next) {
                    Map<String, List<Pattern>> last = triple.get(g);
                    if (last != null) {
                        for (String h : third) {
                            ps = last.get(h);
                            if (ps != null) {
                                out.add(ps);
                            }
                        }
                    }
                }
            }
        }
    }
}
