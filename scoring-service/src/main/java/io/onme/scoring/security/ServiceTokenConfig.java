package io.onme.scoring.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The service tokens scoring accepts, on PUT/DELETE /scores only: journal-service's issuer, this
 * service as audience, signed by a key of their own JWKS (never the identity provider's keys).
 */
@ConfigMapping(prefix = "onme.service-token")
public interface ServiceTokenConfig {

    @WithDefault("https://onme.local/journal-service")
    String issuer();

    @WithDefault("scoring-service")
    String audience();

    /**
     * The JWKS of the service keys (a file, a classpath resource or a URL); the kid picks the key.
     */
    String jwksLocation();

    /** Service tokens are short-lived (journal mints them for five minutes). */
    @WithDefault("PT10M")
    Duration maxLifetime();
}
