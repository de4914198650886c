package io.onme.devstores.testing;

import java.nio.file.Path;
import java.time.Duration;

import io.onme.devstores.JwtKeys;
import io.onme.devstores.JwtTokens;
import io.onme.devstores.ServiceKeys;

/**
 * Real RS256 tokens for tests, signed by the key that {@link JwtTestResource} makes the service
 * trust. Start from {@link #rep}, {@link #coach} or {@link #admin} and refine.
 */
public final class TestTokens {

    public static final String ISSUER = "https://onme.test/issuer";

    /** journal-service's own issuer for its service tokens, in tests. */
    public static final String SERVICE_ISSUER = "https://onme.test/journal-service";

    public static final String SERVICE_AUDIENCE = "scoring-service";

    private TestTokens() {
    }

    public static JwtTokens builder(String tenant, String user) {
        return JwtTokens.signedWith(JwtKeys.readPrivateKey(TestKeys.ensure()))
                .issuer(ISSUER)
                .tenant(tenant)
                .subject(user)
                .name(user);
    }

    public static String rep(String tenant, String user, String... teams) {
        JwtTokens token = builder(tenant, user).group("rep");
        for (String team : teams) {
            token.team(team);
        }
        return token.sign();
    }

    public static String coach(String tenant, String user, String... teams) {
        JwtTokens token = builder(tenant, user).group("coach");
        for (String team : teams) {
            token.team(team);
        }
        return token.sign();
    }

    /**
     * A service token as journal-service mints it for scoring-service, signed with one of the test
     * service keys ({@code "service-a"} or {@code "service-b"}, both in the trusted JWKS; {@code
     * "service-x"} is trusted by nobody), with its {@code kid}. Refine before signing.
     */
    public static JwtTokens service(String tenant, String key) {
        Path dir = TestKeys.ensure();
        Path keys = key.equals(TestKeys.OUTSIDER) ? TestKeys.outsiders() : dir;
        return JwtTokens.signedWith(ServiceKeys.privateKey(keys, key))
                .keyId(ServiceKeys.keyId(keys, key))
                .issuer(SERVICE_ISSUER)
                .audience(SERVICE_AUDIENCE)
                .tenant(tenant)
                .subject("svc:journal-service")
                .group("service")
                .lifetime(Duration.ofMinutes(5));
    }

    public static String admin(String tenant, String user) {
        return builder(tenant, user).group("admin").sign();
    }
}
