package io.onme.journal.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the outbox relay that delivers encounters to scoring-service. */
@ConfigMapping(prefix = "journal.delivery")
public interface DeliveryConfig {

    /** Whether this replica runs the relay at all. */
    @WithDefault("true")
    boolean enabled();

    /** Run the relay right after a local write instead of waiting for the next tick. */
    @WithDefault("true")
    boolean nudge();

    /** How often the relay looks for due deliveries (read by the @Scheduled expression too). */
    @WithDefault("1s")
    Duration relayInterval();

    /** At most this many deliveries per relay run. */
    @WithDefault("50")
    int batchSize();

    /** How long a claim is exclusive; longer than the client's read timeout. */
    @WithDefault("30s")
    Duration lease();

    @WithDefault("1s")
    Duration backoffMin();

    @WithDefault("60s")
    Duration backoffMax();

    /** Lifetime of the service tokens minted for scoring-service (scoring refuses longer ones). */
    @WithDefault("5m")
    Duration serviceTokenLifetime();

    /** A delivery with at least this many attempts is listed as stuck. */
    @WithDefault("5")
    int stuckAttempts();

    /** A delivery due longer ago than this is listed as stuck. */
    @WithDefault("5m")
    Duration stuckOverdue();
}
