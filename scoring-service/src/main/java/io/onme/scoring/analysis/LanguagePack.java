package io.onme.scoring.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One language's data for the rule stage, read from {@code /analysis/lang/<code>/}: the lexicon
 * ({@code lexicon.txt}, and {@code actors.txt}: the actors and things of each blame target across
 * industries, read only as features), named word lists ({@code words.txt}) and ownership reframes
 * ({@code reframes.txt}). The Java code holds no word of any language: a third language is a new
 * pack (and corpus), not edits across the engine.
 *
 * <p>
 * All three files share one syntax: {@code #} starts a comment line; {@code [name key=value …]}
 * opens a section; every other non-blank line belongs to the section above it. In {@code words.txt}
 * a line holds words separated by spaces, except in sections whose header says {@code phrases},
 * where each line is one multi-word sequence, and in {@code contractions}/{@code
 * contraction-tails}, where a line is {@code word = expansion}. Word lists of the same name are
 * merged over all packs ({@link #words(String)}), because the rules read text without knowing in
 * advance which language each word is in.
 */
final class LanguagePack {

    /** The packs in lexicon order. */
    static final List<LanguagePack> ALL = List.of(load("en"), load("he"));

    private final String code;
    private final List<Section> lexicon;
    private final Map<String, List<Section>> words;
    private final Map<String, List<String>> reframes;

    /** A section of a pack file: its name, its attributes and its lines in order. */
    record Section(String name, Map<String, String> attributes, List<String> lines) {
    }

    private LanguagePack(
            String code, List<Section> lexicon, List<Section> words, List<Section> reframes) {
        this.code = code;
        this.lexicon = lexicon;
        Map<String, List<Section>> byName = new HashMap<>();
        for (Section s : words) {
            byName.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s);
        }
        this.words = byName;
        Map<String, List<String>> book = new LinkedHashMap<>();
        for (Section s : reframes) {
            book.put(s.name(), List.copyOf(s.lines()));
        }
        this.reframes = Collections.unmodifiableMap(book);
    }

    String code() {
        return code;
    }

    List<Section> lexicon() {
        return lexicon;
    }

    /** Reframe variants by theme. */
    Map<String, List<String>> reframes() {
        return reframes;
    }

    static LanguagePack of(Language language) {
        String code = language.name().toLowerCase(Locale.ROOT);
        for (LanguagePack p : ALL) {
            if (p.code.equals(code)) {
                return p;
            }
        }
        throw new IllegalStateException("no language pack for " + language);
    }

    // ---- word lists, merged over all packs ------------------------------------------------------

    /** The single words of a list in every pack, normalised like text words. */
    static Set<String> words(String list) {
        Set<String> out = new HashSet<>();
        for (LanguagePack p : ALL) {
            for (Section s : p.words.getOrDefault(list, List.of())) {
                if (!s.attributes().containsKey("phrases")) {
                    for (String line : s.lines()) {
                        for (String w : line.trim().split("\\s+")) {
                            out.add(Tokenizer.normalizeWord(w));
                        }
                    }
                }
            }
        }
        return Set.copyOf(out);
    }

    /**
     * The multi-word entries of a list ({@code [list phrases]}) in every pack, each as normalised
     * words.
     */
    static List<List<String>> phrases(String list) {
        List<List<String>> out = new ArrayList<>();
        for (LanguagePack p : ALL) {
            for (Section s : p.words.getOrDefault(list, List.of())) {
                if (s.attributes().containsKey("phrases")) {
                    for (String line : s.lines()) {
                        List<String> words = new ArrayList<>();
                        for (String w : line.trim().split("\\s+")) {
                            words.add(Tokenizer.normalizeWord(w));
                        }
                        out.add(List.copyOf(words));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** The "word = expansion" lines of a list in every pack, in file order, normalised. */
    static Map<String, String[]> mapping(String list) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (LanguagePack p : ALL) {
            for (Section s : p.words.getOrDefault(list, List.of())) {
                for (String line : s.lines()) {
                    int eq = line.indexOf(" = ");
                    if (eq < 0) {
                        throw new IllegalStateException(
                                "pack "
                                        + p.code
                                        + ", ["
                                        + list
                                        + "]: expected 'word = expansion': "
                                        + line);
                    }
                    out.put(
                            Tokenizer.normalizeWord(line.substring(0, eq).trim()),
                            line.substring(eq + 3).trim().split("\\s+"));
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * A digest of every pack file's bytes: the features depend on them, so the trained models' id
     * includes it.
     */
    static byte[] digest() {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (LanguagePack p : ALL) {
                for (String file : List.of("lexicon.txt", "actors.txt", "words.txt", "reframes.txt")) {
                    try (InputStream in = LanguagePack.class.getResourceAsStream(
                            "/analysis/lang/" + p.code + "/" + file)) {
                        sha.update(in.readAllBytes());
                    }
                }
            }
            return sha.digest();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- loading --------------------------------------------------------------------------------

    private static LanguagePack load(String code) {
        List<Section> lexicon = new ArrayList<>(read(code, "lexicon.txt"));
        lexicon.addAll(read(code, "actors.txt"));
        return new LanguagePack(
                code, List.copyOf(lexicon), read(code, "words.txt"), read(code, "reframes.txt"));
    }

    static List<Section> read(String code, String file) {
        String resource = "/analysis/lang/" + code + "/" + file;
        try (InputStream in = LanguagePack.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing language pack file " + resource);
            }
            return parse(
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                    resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static List<Section> parse(BufferedReader reader, String where) throws IOException {
        List<Section> out = new ArrayList<>();
        Section current = null;
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("[") && t.endsWith("]")) {
                String[] parts = t.substring(1, t.length() - 1).trim().split("\\s+");
                Map<String, String> attributes = new LinkedHashMap<>();
                for (int i = 1; i < parts.length; i++) {
                    int eq = parts[i].indexOf('=');
                    attributes.put(
                            eq < 0 ? parts[i] : parts[i].substring(0, eq),
                            eq < 0 ? "" : parts[i].substring(eq + 1));
                }
                current = new Section(
                        parts[0],
                        Collections.unmodifiableMap(attributes),
                        new ArrayList<>());
                out.add(current);
            } else if (current == null) {
                throw new IllegalStateException(where + ":" + n + ": a line before any [section]");
            } else {
                current.lines().add(t);
            }
        }
        return out;
    }
}
