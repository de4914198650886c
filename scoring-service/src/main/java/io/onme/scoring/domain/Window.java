package io.onme.scoring.domain;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** The time windows indicators are computed over, ending at the moment asked about. */
public enum Window {
    LAST_7_DAYS(7),
    LAST_30_DAYS(30),
    LAST_90_DAYS(90),
    LAST_365_DAYS(365),
    ALL_TIME(0);

    private final int days;

    Window(int days) {
        this.days = days;
    }

    /** Empty for ALL_TIME. */
    public Optional<Duration> length() {
        return days == 0 ? Optional.empty() : Optional.of(Duration.ofDays(days));
    }

    public static Optional<Window> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
