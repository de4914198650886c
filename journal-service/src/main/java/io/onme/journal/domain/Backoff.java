package io.onme.journal.domain;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with "full jitter" between deliveries: attempt n waits a random time in [min,
 * min(max, min * 2^(n-1))], so replicas that failed together do not retry together.
 */
public final class Backoff {

    private final Duration min;
    private final Duration max;

    public Backoff(Duration min, Duration max) {
        if (min.isNegative() || min.isZero() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("need 0 < min <= max");
        }
        this.min = min;
        this.max = max;
    }

    /** The ceiling for the given attempt (1 = first failure), before jitter. */
    public Duration ceiling(int attempt) {
        int shift = Math.max(0, Math.min(attempt - 1, 30));
        long millis = min.toMillis() << shift;
        if (millis <= 0 || millis > max.toMillis()) {
            return max;
        }
        return Duration.ofMillis(millis);
    }

    /**
     * @param random values in [0, 1)
     */
    public Duration delay(int attempt, DoubleSupplier random) {
        long floor = min.toMillis();
        long ceiling = ceiling(attempt).toMillis();
        return Duration.ofMillis(floor + (long) ((ceiling - floor) * random.getAsDouble()));
    }
}
