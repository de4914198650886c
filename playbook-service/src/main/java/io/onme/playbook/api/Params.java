package io.onme.playbook.api;

import io.onme.support.ProblemException;

/**
 * Query parameters arrive as text so that bad values give a 400 problem (JAX-RS would answer 404).
 */
final class Params {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private Params() {
    }

    static int limit(String value) {
        return intInRange("limit", value, DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    static int intInRange(String field, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw ProblemException.badField(field, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ProblemException.badField(
                    field, "must be a whole number between " + min + " and " + max);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
