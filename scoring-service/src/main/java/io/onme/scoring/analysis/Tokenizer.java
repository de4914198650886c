package io.onme.scoring.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hand-written single-pass scanner (no regular expressions, linear in the input). It keeps exact
 * UTF-16 offsets into the original text while normalising each word:
 *
 * <ul>
 * <li>lower case; niqqud and cantillation (non-spacing marks) and format characters such as
 * RTL/LTR marks are skipped inside a word, so they never split or change it;
 * <li>Hebrew final letters map to their ordinary forms (ך→כ, ם→מ, ן→נ, ף→פ, ץ→צ);
 * <li>geresh and gershayim (ASCII or Hebrew: ' " ׳ ״) inside a Hebrew word are dropped, so
 * סמנכ"ל, סמנכ״ל and סמנכל are one form, and פיצ'ר is פיצר;
 * <li>English apostrophes (' ’ ‘ `) unify, and contractions expand into several tokens sharing
 * the span: wasn't → was not, won't → will not, it's → it is, I'll → i will.
 * </ul>
 */
final class Tokenizer {

    /** Whole-word contractions ("won't", "im"), from the language packs. */
    private static final Map<String, String[]> CONTRACTIONS = LanguagePack.mapping("contractions");

    /** Endings after an apostrophe ("n't", "'ll"), longest first, from the language packs. */
    private static final List<Map.Entry<String, String[]>> CONTRACTION_TAILS = tails();

    /** Tails that expand only after {@link #IS_CONTRACTED} and elsewhere are possessives ("'s"). */
    private static final java.util.Set<String> POSSESSIVE_TAILS = LanguagePack.words("possessive-tails");

    /** Words after which a possessive tail is a contraction ("it's" is "it is"). */
    private static final java.util.Set<String> IS_CONTRACTED = LanguagePack.words("contracted-is");

    private static List<Map.Entry<String, String[]>> tails() {
        List<Map.Entry<String, String[]>> out = new ArrayList<>(LanguagePack.mapping("contraction-tails").entrySet());
        out.sort((x, y) -> Integer.compare(y.getKey().length(), x.getKey().length()));
        return List.copyOf(out);
    }

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(Math.min(text.length() / 4 + 4, 4096));
        int n = text.length();
        int i = 0;
        StringBuilder sb = new StringBuilder(32);
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                i = scanWord(text, i, sb, out);
                continue;
            }
            switch (cp) {
                case '.', '!', '?', '\u2026', '\n', '\u05C3', '\u061F' ->
                    addBreak(out, Token.Kind.SENTENCE_BREAK, i, len, text);
                case ',', ';', ':', '(', ')', '\u2013', '\u2014', '\u05BE', '\u060C' ->
                    addBreak(out, Token.Kind.CLAUSE_BREAK, i, len, text);
                case '-' -> {
                    // a free-standing hyphen is a dash; inside a word it was consumed by scanWord
                    addBreak(out, Token.Kind.CLAUSE_BREAK, i, len, text);
                }
                default -> {
                    // whitespace, quotes, symbols, emoji, control and format characters: skipped
                }
            }
            i += len;
        }
        return out;
    }

    private static void addBreak(List<Token> out, Token.Kind kind, int at, int len, String text) {
        if (!out.isEmpty()) {
            Token last = out.get(out.size() - 1);
            if (!last.isWord()) {
                // collapse runs of punctuation ("...", "?!", "\n\n"); the stronger break wins
                if (kind == Token.Kind.SENTENCE_BREAK && last.kind() != kind) {
                    out.set(
                            out.size() - 1,
                            new Token(
                                    kind,
                                    last.start(),
                                    at + len,
                                    text.substring(at, at + len),
                                    false));
                }
                return;
            }
        }
        out.add(new Token(kind, at, at + len, text.substring(at, at + len), false));
    }

    /** Scans one word starting at {@code from}; returns the index after it. */
    private static int scanWord(String text, int from, StringBuilder sb, List<Token> out) {
        int n = text.length();
        sb.setLength(0);
        boolean hebrew = false;
        int i = from;
        int end = from;
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (isHebrewLetter(cp)) {
                    hebrew = true;
                    sb.append((char) finalToOrdinary(cp));
                } else {
                    sb.appendCodePoint(Character.toLowerCase(cp));
                }
                i += len;
                end = i;
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                i += len; // niqqud, accents: part of the word, not of its form
                end = i;
                continue;
            }
            boolean nextIsLetter = i + len < n && Character.isLetter(text.codePointAt(i + len));
            if (type == Character.FORMAT) {
                if (!nextIsLetter) {
                    break;
                }
                i += len; // an RTL mark or zero-width joiner inside a word is invisible
                continue;
            }
            if (isApostrophe(cp) || isQuote(cp)) {
                boolean prevHebrew = sb.length() > 0 && isHebrewLetter(sb.charAt(sb.length() - 1));
                if (prevHebrew && (nextIsLetter || cp == '\u05F3')) {
                    i += len; // geresh / gershayim: dropped from the form
                    end = i;
                    continue;
                }
                if (!prevHebrew && isApostrophe(cp) && nextIsLetter && sb.length() > 0) {
                    sb.append('\'');
                    i += len;
                    continue;
                }
                break;
            }
            if (cp == '-' && nextIsLetter && sb.length() > 0 && !hebrew) {
                sb.append('-');
                i += len;
                continue;
            }
            break;
        }
        emitWord(sb.toString(), from, end, hebrew, out);
        return Math.max(i, from + 1);
    }

    private static void emitWord(String norm, int start, int end, boolean hebrew, List<Token> out) {
        if (!hebrew) {
            String[] expansion = expandContraction(norm);
            if (expansion != null) {
                for (String part : expansion) {
                    out.add(new Token(Token.Kind.WORD, start, end, part, false));
                }
                return;
            }
        }
        out.add(new Token(Token.Kind.WORD, start, end, norm, hebrew));
    }

    static String[] expandContraction(String w) {
        String[] fixed = CONTRACTIONS.get(w);
        if (fixed != null) {
            return fixed;
        }
        int apo = w.indexOf('\'');
        if (apo <= 0) {
            return null;
        }
        for (Map.Entry<String, String[]> tail : CONTRACTION_TAILS) {
            String t = tail.getKey();
            if (w.endsWith(t)
                    && w.length() > t.length()
                    && w.indexOf('\'') == w.length() - t.length() + t.indexOf('\'')) {
                String head = w.substring(0, w.length() - t.length());
                String expansion = tail.getValue()[0];
                if (POSSESSIVE_TAILS.contains(t) && !IS_CONTRACTED.contains(head)) {
                    return new String[] {
                            head, t
                    }; // a possessive: the tail stays a token of its own
                }
                return new String[] { head, expansion };
            }
        }
        return null;
    }

    static boolean isHebrewLetter(int cp) {
        return cp >= '\u05D0' && cp <= '\u05EA';
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\''
                || cp == '\u2019'
                || cp == '\u2018'
                || cp == '`'
                || cp == '\u05F3'
                || cp == '\u00B4';
    }

    private static boolean isQuote(int cp) {
        return cp == '"' || cp == '\u05F4' || cp == '\u201D' || cp == '\u201C';
    }

    static int finalToOrdinary(int cp) {
        return switch (cp) {
            case '\u05DA' -> '\u05DB'; // ך → כ
            case '\u05DD' -> '\u05DE'; // ם → מ
            case '\u05DF' -> '\u05E0'; // ן → נ
            case '\u05E3' -> '\u05E4'; // ף → פ
            case '\u05E5' -> '\u05E6'; // ץ → צ
            default -> cp;
        };
    }

    /**
     * A set of words normalised like text words (Hebrew final letters written in code become
     * ordinary).
     */
    static java.util.Set<String> normalizedSet(String... words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(normalizeWord(w));
        }
        return java.util.Set.copyOf(out);
    }

    /** Normalises a lexicon or tenant word the same way the scanner normalises text words. */
    static String normalizeWord(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        boolean hebrew = false;
        for (int i = 0; i < w.length();) {
            int cp = w.codePointAt(i);
            i += Character.charCount(cp);
            if (isHebrewLetter(cp)) {
                hebrew = true;
                sb.append((char) finalToOrdinary(cp));
            } else if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(Character.toLowerCase(cp));
            } else if (isApostrophe(cp) || isQuote(cp)) {
                sb.append('\'');
            } else if (cp == '-' || cp == '*' || cp == '~') {
                sb.append((char) cp);
            }
        }
        String s = sb.toString();
        return hebrew ? s.replace("'", "") : s.toLowerCase(Locale.ROOT);
    }
}
