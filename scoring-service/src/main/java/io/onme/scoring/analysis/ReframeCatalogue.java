package io.onme.scoring.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Ownership rewrites for blame statements, per target (and, for some targets, per theme such as a
 * customer who does not listen), from each language pack's {@code reframes.txt}. The variant is
 * chosen by a stable hash of the blamed clause, so the same reflection always gets the same
 * suggestion.
 */
final class ReframeCatalogue {

    /** Variants by language and theme. */
    private final Map<Language, Map<String, List<String>>> books = new EnumMap<>(Language.class);

    ReframeCatalogue() {
        for (Language l : Language.values()) {
            Map<String, List<String>> book = LanguagePack.of(l).reframes();
            for (BlameTarget t : BlameTarget.values()) {
                if (book.get(t.name()) == null || book.get(t.name()).isEmpty()) {
                    throw new IllegalStateException(
                            "the " + l + " language pack has no reframes for " + t);
                }
            }
            books.put(l, book);
        }
    }

    /**
     * The variants for a target and theme (the target's general variants when the theme has none).
     */
    List<String> variants(BlameTarget target, String theme, Language lang) {
        Map<String, List<String>> book = books.get(lang);
        List<String> variants = theme == null ? null : book.get(theme);
        return variants != null ? variants : book.get(target.name());
    }

    String suggest(BlameTarget target, String theme, Language lang, String original) {
        List<String> variants = variants(target, theme, lang);
        int h = original.hashCode() & 0x7fffffff;
        return variants.get(h % variants.size());
    }
}
