package io.onme.journal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * journal-service's own identity towards scoring-service: its issuer, the audience, and the key
 * (with its {@code kid}) it signs service tokens with. Not the identity provider's issuer or key:
 * scoring verifies these tokens against a JWKS of service keys, and only on PUT/DELETE /scores.
 */
@ConfigMapping(prefix = "onme.service-token")
public interface ServiceTokenConfig {

    @WithDefault("https://onme.local/journal-service")
    String issuer();

    @WithDefault("scoring-service")
    String audience();

    /** The private key (PEM or JWK; a file, a classpath resource or a URL). */
    String keyLocation();

    /** The {@code kid} of that key in the JWKS scoring-service trusts. */
    String keyId();
}
