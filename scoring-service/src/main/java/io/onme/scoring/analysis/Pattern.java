package io.onme.scoring.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A token-sequence pattern of a tiny language, matched by bounded backtracking over normalised
 * token forms (never a regular expression):
 *
 * <ul>
 * <li>slots are separated by spaces; a slot's alternatives by {@code |};
 * <li>{@code word*} matches forms starting with {@code word};
 * <li>{@code word~} expands to Hebrew gender/number/person forms (word, wordה, wordת, wordים,
 * wordות, wordו);
 * <li>a slot ending in {@code ?} is optional; {@code ..} skips 0–3 tokens; {@code _} is any one
 * token;
 * <li>{@code @1s} is a Hebrew first-person singular past verb (…תי), e.g. שאלתי.
 * </ul>
 */
final class Pattern {

    static final int MAX_GAP = 3;

    /** One position of the pattern. */
    static final class Slot {
        final Set<String> exact = new LinkedHashSet<>();
        final List<String> prefixes = new ArrayList<>();
        boolean firstPersonPast;
        boolean any;
        boolean gap;
        boolean optional;

        /** Small sets are scanned (cheaper than hashing a fresh string); large ones hashed. */
        private String[] small;

        void freeze() {
            small = exact.size() <= 4 ? exact.toArray(new String[0]) : null;
        }

        boolean matches(String[] forms) {
            if (any) {
                return true;
            }
            for (String f : forms) {
                if (small != null) {
                    for (String e : small) {
                        if (e.equals(f)) {
                            return true;
                        }
                    }
                } else if (exact.contains(f)) {
                    return true;
                }
                for (String p : prefixes) {
                    if (f.startsWith(p)) {
                        return true;
                    }
                }
                if (firstPersonPast && HebrewMorphology.isFirstPersonPast(f)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A pattern word that also matches another token ("is" also matches a kept "'s"). */
    private static final java.util.Map<String, String[]> ALSO_MATCHES = LanguagePack.mapping("also-matches");

    final Slot[] slots;
    final Cue cue;
    final BlameTarget target;
    final String theme;
    final String rule;
    final int priority;

    Pattern(String source, Cue cue, BlameTarget target, String theme, int priority) {
        this.slots = parse(source);
        for (Slot sl : slots) {
            sl.freeze();
        }
        this.cue = cue;
        this.target = target;
        this.theme = theme;
        this.rule = cue.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + (target == null
                        ? ""
                        : "/" + target.name().toLowerCase(java.util.Locale.ROOT))
                + ":"
                + source;
        this.priority = priority;
    }

    /** Tenant phrases are literal: every word is an exact slot. */
    static Pattern literal(List<String> words, Cue cue, BlameTarget target, String rule) {
        Pattern p = new Pattern("", cue, target, target == null ? null : target.name(), 100);
        Slot[] slots = new Slot[words.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = new Slot();
            slots[i].exact.add(words.get(i));
            slots[i].freeze();
        }
        return new Pattern(p, slots, rule);
    }

    private Pattern(Pattern base, Slot[] slots, String rule) {
        this.slots = slots;
        this.cue = base.cue;
        this.target = base.target;
        this.theme = base.theme;
        this.rule = rule;
        this.priority = base.priority;
    }

    private static Slot[] parse(String source) {
        String[] parts = source.trim().isEmpty() ? new String[0] : source.trim().split("\\s+");
        Slot[] out = new Slot[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            Slot slot = new Slot();
            if (part.equals("..")) {
                slot.gap = true;
                out[i] = slot;
                continue;
            }
            if (part.equals("_")) {
                slot.any = true;
                out[i] = slot;
                continue;
            }
            if (part.endsWith("?") && part.length() > 1) {
                slot.optional = true;
                part = part.substring(0, part.length() - 1);
            }
            for (String alt : part.split("\\|")) {
                if (alt.isEmpty()) {
                    continue;
                }
                if (alt.equals("@1s")) {
                    slot.firstPersonPast = true;
                } else if (alt.endsWith("*")) {
                    slot.prefixes.add(Tokenizer.normalizeWord(alt.substring(0, alt.length() - 1)));
                } else if (alt.endsWith("~")) {
                    String stem = Tokenizer.normalizeWord(alt.substring(0, alt.length() - 1));
                    for (String suffix : HebrewMorphology.INFLECTION_SUFFIXES) {
                        slot.exact.add(
                                Tokenizer.normalizeWord(
                                        stem + suffix)); // "ים" ends in a final letter
                    }
                } else {
                    slot.exact.add(Tokenizer.normalizeWord(alt));
                    String[] also = ALSO_MATCHES.get(Tokenizer.normalizeWord(alt));
                    if (also != null) {
                        slot.exact.add(
                                also[0]); // "that one's on me": the tokenizer keeps 's after nouns
                    }
                }
            }
            out[i] = slot;
        }
        return out;
    }

    /**
     * Tries to match at word position {@code at} of {@code forms}; returns the exclusive end
     * position or -1. Backtracking is bounded by the pattern length and {@link #MAX_GAP}.
     */
    int matchAt(String[][] forms, int at, int limit) {
        return match(forms, 0, at, limit);
    }

    private int match(String[][] forms, int slot, int pos, int limit) {
        if (slot == slots.length) {
            return pos;
        }
        Slot s = slots[slot];
        if (s.gap) {
            for (int skip = 0; skip <= MAX_GAP && pos + skip <= limit; skip++) {
                int r = match(forms, slot + 1, pos + skip, limit);
                if (r >= 0) {
                    return r;
                }
            }
            return -1;
        }
        if (pos < limit && s.matches(forms[pos])) {
            int r = match(forms, slot + 1, pos + 1, limit);
            if (r >= 0) {
                return r;
            }
        }
        if (s.optional) {
            return match(forms, slot + 1, pos, limit);
        }
        return -1;
    }

    /** Every form a text word must have for this pattern's first slot, for indexing. */
    Slot first() {
        return slots.length == 0 ? null : slots[0];
    }
}
