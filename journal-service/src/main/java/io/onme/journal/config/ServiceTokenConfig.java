package io.onme.journal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * journal-service's own identity towards scoring-service and playbook-service: its issuer, their
 * audiences, and the key (with its {@code kid}) it signs service tokens with. Not the identity
 * provider's issuer or key: they verify these tokens against a JWKS of service keys, and only on
 * the endpoints journal calls (PUT/DELETE /scores, DELETE /people).
 */
@ConfigMapping(prefix = "onme.service-token")
public interface ServiceTokenConfig {

    @WithDefault("https://onme.local/journal-service")
    String issuer();

    /** scoring-service's audience. */
    @WithDefault("scoring-service")
    String audience();

    /** playbook-service's audience (erasure deliveries). */
    @WithDefault("playbook-service")
    String playbookAudience();

    /** The private key (PEM or JWK; a file, a classpath resource or a URL). */
    String keyLocation();

    /** The {@code kid} of that key in the JWKS scoring-service trusts. */
    String keyId();
}
