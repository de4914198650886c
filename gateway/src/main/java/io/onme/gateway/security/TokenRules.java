package io.onme.gateway.security;

import io.onme.gateway.config.JwtConfig;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What a token must say beyond a good signature, the issuer and an unexpired {@code exp} (which
 * SmallRye JWT checks): a tenant ({@code tid}) that is a string of a sane shape, the configured
 * audience, a lifetime of at most {@code onme.jwt.max-lifetime} and no {@code iat} in the future
 * beyond {@code onme.jwt.clock-skew}. A token that breaks one is refused like a forged one (HTTP
 * 401, {@code UNAUTHENTICATED}); before issue 16 a number, array or object as {@code tid} failed
 * deep in a resolver ({@code INTERNAL}), {@code tid: ""} passed, and a token could live a hundred
 * years.
 */
@Singleton
public class TokenRules {

    /**
     * A tenant id as the services store it: a letter or digit, then up to 63 letters, digits, '.',
     * '_' or '-'.
     */
    static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Optional<String> audience;
    private final long maxLifetimeSeconds;
    private final long skewSeconds;
    private final LongSupplier clockMillis;

    @Inject
    TokenRules(JwtConfig config) {
        this(
                config.audience(),
                config.maxLifetime(),
                config.clockSkew(),
                System::currentTimeMillis);
    }

    TokenRules(
            Optional<String> audience,
            Duration maxLifetime,
            Duration clockSkew,
            LongSupplier clockMillis) {
        this.audience = audience.filter(value -> !value.isBlank());
        this.maxLifetimeSeconds = maxLifetime.toSeconds();
        this.skewSeconds = clockSkew.toSeconds();
        this.clockMillis = clockMillis;
    }

    /** The token, when it keeps the rules. */
    JsonWebToken check(JsonWebToken token) throws ParseException {
        Object tenant = token.getClaim("tid");
        String tid =
                tenant instanceof JsonString json
                        ? json.getString()
                        : tenant instanceof String text ? text : null;
        if (tid == null || !TENANT.matcher(tid).matches()) {
            throw new ParseException("tid must be a tenant id: " + TENANT.pattern());
        }
        if (audience.isPresent()) {
            Set<String> audiences = token.getAudience();
            if (audiences == null || !audiences.contains(audience.get())) {
                throw new ParseException("aud must include " + audience.get());
            }
        }
        long now = clockMillis.getAsLong() / 1000;
        long issuedAt = token.getIssuedAtTime();
        long expires = token.getExpirationTime();
        if (issuedAt <= 0 || issuedAt > now + skewSeconds) {
            throw new ParseException("iat must be a time that has come");
        }
        if (expires - issuedAt > maxLifetimeSeconds) {
            throw new ParseException("the token lives longer than " + maxLifetimeSeconds + " s");
        }
        if (expires + skewSeconds <= now) {
            throw new ParseException("the token has expired");
        }
        return token;
    }
}
