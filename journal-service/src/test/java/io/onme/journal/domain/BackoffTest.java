package io.onme.journal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60));

    @Test
    void ceilingDoublesPerAttemptUpToTheCap() {
        assertEquals(Duration.ofSeconds(1), backoff.ceiling(1));
        assertEquals(Duration.ofSeconds(2), backoff.ceiling(2));
        assertEquals(Duration.ofSeconds(32), backoff.ceiling(6));
        assertEquals(Duration.ofSeconds(60), backoff.ceiling(7));
        assertEquals(Duration.ofSeconds(60), backoff.ceiling(500));
    }

    @Test
    void jitterSpreadsBetweenTheFloorAndTheCeiling() {
        assertEquals(Duration.ofSeconds(1), backoff.delay(5, () -> 0.0));
        assertEquals(Duration.ofMillis(8500), backoff.delay(5, () -> 0.5));
        assertEquals(Duration.ofMillis(59_941), backoff.delay(50, () -> 0.999));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }
}
