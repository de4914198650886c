package io.onme.gateway.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.onme.gateway.config.GatewayConfig;
import io.onme.support.TokenRules;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * SmallRye JWT's parser (the one Quarkus authenticates every request with), followed by OnMe's
 * token rules ({@link TokenRules#brokenUserToken}, the same as in every service), remembering the
 * tokens that passed both for a short while: a client sends the same token with every request, and
 * checking its RS256 signature and claims again each time was ~8 % of the gateway's CPU under load.
 *
 * <p>
 * Why this is safe:
 *
 * <ul>
 * <li>the key is the whole raw token (header, claims and signature): a hit means these exact
 * bytes passed the full verification (signature with the configured key, algorithm, issuer,
 * expiry, required claims, {@link TokenRules}) before; any other token, including one with a
 * changed signature, claim or {@code alg}, is a different key and is verified in full;
 * <li>an entry is used only until the earlier of the token's own {@code exp} and {@code ttl}
 * after it was verified, so an expired token is refused exactly as without the cache, and a
 * changed verification key or issuer takes effect within {@code ttl} (configuration changes
 * need a restart anyway, which empties the cache);
 * <li>failures are never remembered: a refused token is verified again (and refused again) every
 * time;
 * <li>the cache is bounded ({@code max-entries}; cleared when full) and lives in memory only.
 * </ul>
 *
 * A token cannot be revoked here any more than without the cache: JWTs are verified offline. {@code
 * onme.gateway.jwt-cache.ttl=0} verifies every request.
 */
@Alternative
@Priority(1)
@Singleton
public class CachingJwtParser implements JWTParser {

    /**
     * Longer strings are verified but not remembered (a bound on the memory one entry can take).
     */
    static final int MAX_TOKEN_CHARS = 8192;

    private final JWTParser verifier;
    private final TokenRules.Config rules;
    private final long ttlMillis;
    private final int maxEntries;
    private final LongSupplier clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(JsonWebToken token, long untilMillis) {
    }

    @Inject
    CachingJwtParser(DefaultJWTParser verifier, TokenRules.Config rules, GatewayConfig config) {
        this(
                verifier,
                rules,
                config.jwtCache().ttl().toMillis(),
                config.jwtCache().maxEntries(),
                System::currentTimeMillis);
    }

    CachingJwtParser(
            JWTParser verifier,
            TokenRules.Config rules,
            long ttlMillis,
            int maxEntries,
            LongSupplier clock) {
        this.verifier = verifier;
        this.rules = rules;
        this.ttlMillis = ttlMillis;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (ttlMillis <= 0 || token == null) {
            return keepsTheRules(verifier.parse(token));
        }
        long now = clock.getAsLong();
        Verified known = verified.get(token);
        if (known != null && now < known.untilMillis()) {
            return known.token();
        }
        // both throw for any token they refuse: nothing remembered
        JsonWebToken jwt = keepsTheRules(verifier.parse(token));
        remember(token, jwt, now);
        return jwt;
    }

    /** The token, when it keeps OnMe's rules; refused like a forged one (401) when it does not. */
    private JsonWebToken keepsTheRules(JsonWebToken token) throws ParseException {
        String broken = TokenRules.brokenUserToken(token, Instant.now(), rules);
        if (broken != null) {
            throw new ParseException(broken);
        }
        return token;
    }

    private void remember(String token, JsonWebToken jwt, long now) {
        long expiresMillis = jwt.getExpirationTime() * 1000L;
        long until = Math.min(now + ttlMillis, expiresMillis);
        if (until <= now || token.length() > MAX_TOKEN_CHARS) {
            return;
        }
        if (verified.size() >= maxEntries) {
            verified.values().removeIf(entry -> entry.untilMillis() <= now);
            if (verified.size() >= maxEntries) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(jwt, until));
    }

    /** How many verified tokens are remembered now (tests). */
    int size() {
        return verified.size();
    }

    // everything else is not on the request path: verified every time

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
