package io.onme.devstores.testing;

import io.onme.devstores.JwtKeys;
import io.onme.devstores.JwtTokens;

/**
 * Real RS256 tokens for tests, signed by the key that {@link JwtTestResource} makes the service
 * trust. Start from {@link #rep}, {@link #coach} or {@link #admin} and refine.
 */
public final class TestTokens {

    public static final String ISSUER = "https://onme.test/issuer";

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

    public static String admin(String tenant, String user) {
        return builder(tenant, user).group("admin").sign();
    }
}
