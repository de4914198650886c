package io.onme.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.mutiny.Uni;

/**
 * What every OnMe service asks of a bearer token beyond its signature, issuer and expiry (which
 * SmallRye JWT checks): a {@code tid} that is a tenant id (a string of 1–64 letters, digits, dots,
 * underscores and dashes, starting with a letter or digit), a {@code sub} string, the configured
 * audience, a lifetime ({@code exp - iat}) of at most {@code onme.jwt.max-lifetime}, and an {@code
 * iat} not further in the future than {@code onme.jwt.clock-skew}. Applied once per authentication,
 * to every endpoint; a token that breaks a rule is a 401 like any invalid token.
 *
 * <p>
 * Service tokens: an identity provider that verified a service token against the service keys
 * marks the identity with {@link #SERVICE_TOKEN} (its value: the longest lifetime it allows); such
 * a token keeps the tenant and time rules, with that lifetime and without the user audience. A user
 * token that claims the {@code service} group is refused, so only a verified service token ever
 * acts as a service.
 *
 * <p>
 * The gateway applies the same rules ({@link #brokenUserToken}) when it verifies a token,
 * without this augmentor (its configuration excludes it: it takes no service tokens).
 */
@ApplicationScoped
public class TokenRules implements SecurityIdentityAugmentor {

    public static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /**
     * Identity attribute set by a service-token provider: the token's maximum lifetime (a {@link
     * Duration}).
     */
    public static final String SERVICE_TOKEN = "onme.service-token";

    /** The token rules' settings ({@code onme.jwt.*}). */
    @ConfigMapping(prefix = "onme.jwt")
    public interface Config {
        /** The {@code aud} a token must name; not checked when unset (dev, test, embedded). */
        Optional<String> audience();

        @WithDefault("PT24H")
        Duration maxLifetime();

        @WithDefault("PT60S")
        Duration clockSkew();
    }

    private final Config config;

    TokenRules(Config config) {
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> augment(
            SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt) {
            String broken = broken(identity, jwt, Instant.now());
            if (broken != null) {
                return Uni.createFrom().failure(new AuthenticationFailedException(broken));
            }
        }
        return Uni.createFrom().item(identity);
    }

    private String broken(SecurityIdentity identity, JsonWebToken jwt, Instant now) {
        if (identity.getAttribute(SERVICE_TOKEN) instanceof Duration serviceLifetime) {
            // issuer, audience and key were checked against the service keys by the provider
            return broken(jwt, now, Optional.empty(), serviceLifetime, config.clockSkew());
        }
        if (identity.hasRole("service")) {
            return "a user token cannot act as a service";
        }
        return brokenUserToken(jwt, now, config);
    }

    /** Which rule a user token (not a service token) breaks, or null. */
    public static String brokenUserToken(JsonWebToken jwt, Instant now, Config config) {
        if (jwt.getGroups() != null && jwt.getGroups().contains("service")) {
            return "a user token cannot act as a service";
        }
        return broken(jwt, now, config.audience(), config.maxLifetime(), config.clockSkew());
    }

    /** Which rule the token breaks, or null. */
    static String broken(
            JsonWebToken jwt,
            Instant now,
            Optional<String> expectedAudience,
            Duration maxLifetime,
            Duration clockSkew) {
        if (tenantOf(jwt) == null) {
            return "tid is not a tenant id";
        }
        Object subject = jwt.getClaim("sub");
        if (!(subject instanceof String || subject instanceof JsonString)
                || String.valueOf(jwt.getSubject()).isBlank()) {
            return "sub is not a member id";
        }
        if (expectedAudience.isPresent()) {
            Set<String> audience = jwt.getAudience();
            if (audience == null || !audience.contains(expectedAudience.get())) {
                return "aud does not name this platform";
            }
        }
        long issuedAt = seconds(jwt.getClaim("iat"));
        long expires = seconds(jwt.getClaim("exp"));
        if (issuedAt < 0 || expires < 0) {
            return "iat and exp are required";
        }
        if (expires - issuedAt > maxLifetime.toSeconds()) {
            return "the token lives longer than " + maxLifetime;
        }
        if (issuedAt > now.plus(clockSkew).getEpochSecond()) {
            return "iat is in the future";
        }
        if (expires < now.minus(clockSkew).getEpochSecond()) {
            return "the token has expired";
        }
        return null;
    }

    // NumericDate claims, as SmallRye hands them over; -1 when absent or not a number
    private static long seconds(Object claim) {
        if (claim instanceof Number number) {
            return number.longValue();
        }
        if (claim instanceof JsonNumber number) {
            return number.longValue();
        }
        return -1;
    }

    /** The {@code tid} claim when it is a string of the tenant id shape, else null. */
    public static String tenantOf(JsonWebToken jwt) {
        Object claim = jwt.getClaim("tid");
        String tenant = claim instanceof String text
                ? text
                : claim instanceof JsonString json ? json.getString() : null;
        return tenant != null && TENANT.matcher(tenant).matches() ? tenant : null;
    }
}
