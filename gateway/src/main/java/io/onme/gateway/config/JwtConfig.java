package io.onme.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * OnMe's rules for every token, beyond its signature and issuer ({@code onme.jwt.*}, the same in
 * every service).
 */
@ConfigMapping(prefix = "onme.jwt")
public interface JwtConfig {

    /** The {@code aud} a token must carry ({@code JWT_AUDIENCE}); not checked when absent. */
    Optional<String> audience();

    /** The longest a token may live, {@code exp} minus {@code iat}. */
    @WithDefault("PT24H")
    Duration maxLifetime();

    /**
     * How far the issuer's clock may be from this one: {@code iat} in the future, {@code exp} just
     * passed.
     */
    @WithDefault("PT60S")
    Duration clockSkew();
}
