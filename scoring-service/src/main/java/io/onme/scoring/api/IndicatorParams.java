package io.onme.scoring.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import io.onme.scoring.domain.Window;
import io.onme.support.ProblemException;

/** Parses the {@code window} and {@code asOf} query parameters into 400 problems when wrong. */
final class IndicatorParams {

    private IndicatorParams() {
    }

    static Window window(String value, Window fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return Window.parse(value)
                .orElseThrow(
                        () -> ProblemException.badField(
                                "window",
                                "unknown window; expected one of LAST_7_DAYS, LAST_30_DAYS, LAST_90_DAYS, LAST_365_DAYS, ALL_TIME"));
    }

    /** The moment the window ends: now unless asked (for reproducible reports). */
    static Instant asOf(String value) {
        if (value == null || value.isBlank()) {
            return Instant.now();
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(
                    "asOf", "must be an ISO-8601 UTC instant such as 2026-11-27T09:20:14Z");
        }
    }
}
