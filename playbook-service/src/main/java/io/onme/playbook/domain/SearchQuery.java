package io.onme.playbook.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a user's search text into PostgreSQL tsquery strings, one per text-search configuration.
 *
 * <p>
 * How Hebrew works without a Hebrew dictionary: the index ({@code search_simple}, see
 * V1__schema.sql) holds every word as written plus, for each Hebrew word, its forms with one to
 * three leading prefix letters (ו ה ש ב כ ל מ) removed while at least three letters remain. Here
 * each Hebrew query word becomes "the word OR its prefix-stripped forms", each matched as a prefix,
 * so "לקוח" finds "הלקוח" / "ללקוח" (through the indexed stripped forms) and "לקוחות" (prefix
 * match), and "ללקוח" finds a plain "לקוח" and "הלקוחות" (through the query's stripped form). All
 * words must match (AND). English words also go through the {@code english} configuration for
 * stemming.
 *
 * <p>
 * Only letters and digits reach the tsquery text, so user input cannot inject operators.
 */
public final class SearchQuery {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern HEBREW = Pattern.compile("[\\u05D0-\\u05EA]+");
    private static final String PREFIX_LETTERS = "ובהשכלמ";
    private static final int MIN_STEM = 3;
    private static final int MAX_PREFIX = 3;
    private static final int MAX_WORDS = 12;

    private final String simple;
    private final String english;

    private SearchQuery(String simple, String english) {
        this.simple = simple;
        this.english = english;
    }

    /** Null when the text holds no searchable word. */
    public static SearchQuery parse(String text) {
        if (text == null) {
            return null;
        }
        List<String> simpleTerms = new ArrayList<>();
        List<String> englishTerms = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find() && simpleTerms.size() < MAX_WORDS) {
            String word = m.group();
            if (HEBREW.matcher(word).matches()) {
                Set<String> alternatives = new LinkedHashSet<>();
                alternatives.add(word + ":*");
                strippedForms(word).forEach(form -> alternatives.add(form + ":*"));
                simpleTerms.add("(" + String.join(" | ", alternatives) + ")");
            } else {
                simpleTerms.add(word + ":*");
                englishTerms.add(word);
            }
        }
        if (simpleTerms.isEmpty()) {
            return null;
        }
        return new SearchQuery(
                String.join(" & ", simpleTerms),
                englishTerms.size() == simpleTerms.size()
                        ? String.join(" & ", englishTerms)
                        : null);
    }

    /** The word without 1..3 leading Hebrew prefix letters, keeping at least three letters. */
    public static List<String> strippedForms(String word) {
        List<String> forms = new ArrayList<>();
        for (int n = 1; n <= MAX_PREFIX && word.length() - n >= MIN_STEM; n++) {
            if (PREFIX_LETTERS.indexOf(word.charAt(n - 1)) < 0) {
                break;
            }
            forms.add(word.substring(n));
        }
        return forms;
    }

    /** The tsquery text for the {@code simple} configuration. */
    public String simple() {
        return simple;
    }

    /**
     * The tsquery text for the {@code english} configuration (stemming), or null when the query
     * holds a Hebrew word (then only the simple index can match all the words).
     */
    public String english() {
        return english;
    }
}
