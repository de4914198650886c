package io.onme.playbook.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.onme.support.ProblemException;

/** Parses enum values from input, reporting the field and the allowed values when it fails. */
public final class Enums {

    private Enums() {
    }

    /** Null or blank gives null; anything else must name a constant (case-insensitive). */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(
                    field,
                    "must be one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }
    }
}
