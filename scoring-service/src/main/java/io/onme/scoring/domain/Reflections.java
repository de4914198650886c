package io.onme.scoring.domain;

import java.util.Locale;
import java.util.Optional;

import io.onme.scoring.analysis.Language;

/** Limits and parsing shared by every endpoint that takes a reflection. */
public final class Reflections {

    /** Longer reflections are refused with a 400, never truncated. */
    public static final int MAX_LENGTH = 10_000;

    private Reflections() {
    }

    /**
     * PostgreSQL text cannot hold U+0000: it becomes U+FFFD, one UTF-16 unit for one, so every
     * evidence offset still points into the text the rep wrote.
     */
    public static String storable(String text) {
        return text.indexOf('\u0000') < 0 ? text : text.replace('\u0000', '\uFFFD');
    }

    /** Ids are printable: no control characters (which PostgreSQL text may not even hold). */
    public static final String ID_PATTERN = "[^\\p{Cntrl}]+";

    /**
     * @return empty for null or blank (detect the language); the language for "HE"/"he"/"EN"/"en"
     * @throws IllegalArgumentException for anything else
     */
    public static Optional<Language> parseLanguage(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Language.valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown language '" + value + "'; expected HE or EN");
        }
    }
}
