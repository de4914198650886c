package io.onme.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.onme.devstores.JwtTokens;
import io.onme.support.TokenRules;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The verified-token cache in front of SmallRye JWT's real verifier: what is served from memory,
 * and what is always verified again (the refusals themselves are AuthResourceTest's, through the
 * running gateway).
 */
class CachingJwtParserTest {

    static final String ISSUER = "https://issuer.test/onme";
    static final long TTL = 60_000;

    static RSAPrivateKey signingKey;
    static RSAPrivateKey strangerKey;
    static RSAPublicKey verifyKey;

    final AtomicLong now = new AtomicLong(System.currentTimeMillis());
    final AtomicInteger verifications = new AtomicInteger();

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        signingKey = (RSAPrivateKey) pair.getPrivate();
        verifyKey = (RSAPublicKey) pair.getPublic();
        strangerKey = (RSAPrivateKey) generator.generateKeyPair().getPrivate();
    }

    CachingJwtParser parser(long ttl, int maxEntries) {
        JWTAuthContextInfo context = new JWTAuthContextInfo(verifyKey, ISSUER);
        DefaultJWTParser real = new DefaultJWTParser(context) {
            @Override
            public JsonWebToken parse(String token) throws ParseException {
                verifications.incrementAndGet();
                return super.parse(token);
            }
        };
        // the rules, like the verifier, see the real clock (only the cache's is moved)
        TokenRules.Config rules = new TokenRules.Config() {
            @Override
            public Optional<String> audience() {
                return Optional.empty();
            }

            @Override
            public Duration maxLifetime() {
                return Duration.ofHours(24);
            }

            @Override
            public Duration clockSkew() {
                return Duration.ofSeconds(60);
            }
        };
        return new CachingJwtParser(real, rules, ttl, maxEntries, now::get);
    }

    static String token(String user, Duration lifetime) {
        return JwtTokens.signedWith(signingKey)
                .issuer(ISSUER)
                .tenant("t-cache")
                .subject(user)
                .group("rep")
                .lifetime(lifetime)
                .sign();
    }

    @Test
    void aTokenVerifiedOnceIsNotVerifiedAgainWhileFresh() throws ParseException {
        CachingJwtParser parser = parser(TTL, 100);
        String token = token("דנה", Duration.ofHours(1));

        JsonWebToken first = parser.parse(token);
        now.addAndGet(TTL - 1);
        JsonWebToken second = parser.parse(token);

        assertEquals(1, verifications.get());
        assertEquals("דנה", second.getSubject());
        assertEquals(first.getRawToken(), second.getRawToken());
    }

    @Test
    void theSameClaimsWithAnotherSignatureAreVerifiedAndRefused() throws ParseException {
        CachingJwtParser parser = parser(TTL, 100);
        String token = token("u", Duration.ofHours(1));
        parser.parse(token);
        String[] parts = token.split("\\.");
        String forged = JwtTokens.signedWith(strangerKey)
                .issuer(ISSUER)
                .tenant("t-cache")
                .subject("u")
                .group("rep")
                .sign();
        String mixed = parts[0] + "." + parts[1] + "." + forged.split("\\.")[2];

        assertThrows(ParseException.class, () -> parser.parse(forged));
        assertThrows(ParseException.class, () -> parser.parse(mixed));
        assertEquals(3, verifications.get());
    }

    @Test
    void refusalsAreNeverRemembered() {
        CachingJwtParser parser = parser(TTL, 100);
        String wrongIssuer = JwtTokens.signedWith(signingKey)
                .issuer("https://someone.else")
                .tenant("t-cache")
                .subject("u")
                .sign();

        assertThrows(ParseException.class, () -> parser.parse(wrongIssuer));
        assertThrows(ParseException.class, () -> parser.parse(wrongIssuer));
        assertThrows(ParseException.class, () -> parser.parse("not-a-jwt"));
        assertEquals(3, verifications.get());
        assertEquals(0, parser.size());
    }

    @Test
    void aRememberedTokenIsVerifiedAgainAfterTheTtl() throws ParseException {
        CachingJwtParser parser = parser(TTL, 100);
        String token = token("u", Duration.ofHours(1));
        parser.parse(token);

        now.addAndGet(TTL);
        parser.parse(token);

        assertEquals(2, verifications.get());
    }

    @Test
    void aRememberedTokenIsNeverServedPastItsExpiry() throws ParseException {
        CachingJwtParser parser = parser(TTL, 100);
        String token = token("u", Duration.ofSeconds(30));
        long expires = parser.parse(token).getExpirationTime() * 1000L;

        now.set(expires);
        parser.parse(
                token); // the real verifier sees the real clock: still valid for it, but it was
        // asked again

        assertEquals(2, verifications.get());
    }

    @Test
    void anExpiredTokenIsRefusedEvenRightAfterASuccessfulUse() throws ParseException {
        CachingJwtParser parser = parser(TTL, 100);
        String expired = JwtTokens.signedWith(signingKey)
                .issuer(ISSUER)
                .tenant("t-cache")
                .subject("u")
                .issuedAt(java.time.Instant.now().minus(Duration.ofHours(3)))
                .lifetime(Duration.ofHours(1))
                .sign();
        parser.parse(token("u", Duration.ofHours(1)));

        assertThrows(ParseException.class, () -> parser.parse(expired));
        assertThrows(ParseException.class, () -> parser.parse(expired));
        assertEquals(3, verifications.get());
    }

    @Test
    void aTokenTheRulesRefuseIsRefusedEveryTimeAndNeverRemembered() {
        CachingJwtParser parser = parser(TTL, 100);
        String noTenant = JwtTokens.signedWith(signingKey).issuer(ISSUER).tenant("").subject("u").sign();
        String tooLong = JwtTokens.signedWith(signingKey)
                .issuer(ISSUER)
                .tenant("t-cache")
                .subject("u")
                .lifetime(Duration.ofDays(2))
                .sign();

        for (String token : new String[] { noTenant, tooLong, noTenant }) {
            assertThrows(ParseException.class, () -> parser.parse(token));
        }
        assertEquals(3, verifications.get(), "verified (and refused) every time");
        assertEquals(0, parser.size());
    }

    @Test
    void aZeroTtlVerifiesEveryTime() throws ParseException {
        CachingJwtParser parser = parser(0, 100);
        String token = token("u", Duration.ofHours(1));

        parser.parse(token);
        parser.parse(token);

        assertEquals(2, verifications.get());
        assertEquals(0, parser.size());
    }

    @Test
    void theCacheIsBounded() throws ParseException {
        CachingJwtParser parser = parser(TTL, 3);
        for (int i = 0; i < 10; i++) {
            parser.parse(token("u" + i, Duration.ofHours(1)));
            assertTrue(parser.size() <= 3, "at most 3 remembered, found " + parser.size());
        }
    }
}
