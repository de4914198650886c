package io.onme.journal.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import io.onme.support.ProblemException;

/** Query parameters read by hand, so a bad value is a 400 problem (JAX-RS would answer 404). */
final class QueryParams {

    private QueryParams() {
    }

    static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(
                    field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(
                    field, "must be an ISO-8601 instant such as 2026-11-27T09:20:14Z");
        }
    }

    static int limit(String value, int defaultValue, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badField("limit", "must be a whole number from 1 to " + max);
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
