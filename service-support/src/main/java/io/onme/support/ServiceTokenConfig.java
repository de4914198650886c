package io.onme.support;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The service tokens a service accepts ({@link ServiceTokenMechanism}): journal-service's issuer,
 * this service as audience, signed by a key of their own JWKS (never the identity provider's keys),
 * and only on the endpoints listed. Without a JWKS the service accepts no service token at all
 * (journal-service, which signs them, verifies none).
 */
@ConfigMapping(prefix = "onme.service-token")
public interface ServiceTokenConfig {

    @WithDefault("https://onme.local/journal-service")
    String issuer();

    /** This service's name as the tokens' {@code aud}. */
    @WithDefault("${quarkus.application.name}")
    String audience();

    /**
     * The JWKS of the service keys (a file, a classpath resource or a URL); the kid picks the key.
     */
    Optional<String> jwksLocation();

    /** Service tokens are short-lived (journal mints them for five minutes). */
    @WithDefault("PT10M")
    Duration maxLifetime();

    /**
     * Where a service token is taken, each {@code "METHOD path-regex"} (e.g. {@code "DELETE
     * /people/[^/]+"}, the regex matching the whole normalised path; no commas). Nowhere else.
     */
    Optional<List<String>> endpoints();
}
