package io.onme.scoring.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Expands the group syntax of lexicon sources into plain {@link Pattern} sources: {@code (a|b c)}
 * is a group of alternatives that may span several words, {@code (…)?} an optional group. A group
 * of single words becomes one slot ({@code a|b}); a group with a multi-word alternative expands
 * into one source per alternative.
 */
final class PatternSource {

    private PatternSource() {
    }

    static List<String> expand(String source) {
        List<String> out = new ArrayList<>();
        expandInto(source.trim(), out, 0);
        return out;
    }

    private static void expandInto(String src, List<String> out, int depth) {
        if (depth > 12) {
            throw new IllegalArgumentException("too many groups: " + src);
        }
        int open = src.indexOf('(');
        if (open < 0) {
            String s = collapse(src);
            if (!s.isEmpty()) {
                out.add(s);
            }
            return;
        }
        int close = src.indexOf(')', open);
        if (close < 0) {
            throw new IllegalArgumentException("unclosed group: " + src);
        }
        if (src.indexOf('(', open + 1) >= 0 && src.indexOf('(', open + 1) < close) {
            throw new IllegalArgumentException("nested groups are not supported: " + src);
        }
        boolean optional = close + 1 < src.length() && src.charAt(close + 1) == '?';
        String before = src.substring(0, open);
        String after = src.substring(close + (optional ? 2 : 1));
        String[] alts = src.substring(open + 1, close).split("\\|");
        boolean multiWord = false;
        for (String a : alts) {
            if (a.trim().contains(" ")) {
                multiWord = true;
                break;
            }
        }
        if (!multiWord) {
            expandInto(
                    before + String.join("|", trimAll(alts)) + (optional ? "?" : "") + after,
                    out,
                    depth + 1);
            return;
        }
        for (String a : alts) {
            expandInto(before + a.trim() + after, out, depth + 1);
        }
        if (optional) {
            expandInto(before + after, out, depth + 1);
        }
    }

    private static String[] trimAll(String[] alts) {
        String[] t = new String[alts.length];
        for (int i = 0; i < alts.length; i++) {
            t[i] = alts[i].trim();
        }
        return t;
    }

    private static String collapse(String s) {
        return s.trim().replaceAll("\\s+", " ");
    }
}
