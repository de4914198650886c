package io.onme.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Where a service takes service tokens: exactly the endpoints it lists, and none without keys. */
class ServiceTokenMechanismTest {

    private static ServiceTokenConfig config(String jwks, List<String> endpoints) {
        return new ServiceTokenConfig() {
            @Override
            public String issuer() {
                return "https://onme.test/journal-service";
            }

            @Override
            public String audience() {
                return "playbook-service";
            }

            @Override
            public Optional<String> jwksLocation() {
                return Optional.ofNullable(jwks);
            }

            @Override
            public Duration maxLifetime() {
                return Duration.ofMinutes(10);
            }

            @Override
            public Optional<List<String>> endpoints() {
                return Optional.ofNullable(endpoints);
            }
        };
    }

    @Test
    void onlyTheListedMethodsAndWholePathsTakeServiceTokens() {
        ServiceTokenMechanism mechanism = new ServiceTokenMechanism(
                config(
                        "jwks.json",
                        List.of("PUT /scores/[^/]+", "delete /people/[^/]+", " ")));
        assertTrue(mechanism.takes("PUT", "/scores/e1"));
        assertTrue(mechanism.takes("DELETE", "/people/ann"));
        assertFalse(mechanism.takes("GET", "/scores/e1"));
        assertFalse(mechanism.takes("DELETE", "/scores/e1"));
        assertFalse(mechanism.takes("PUT", "/scores/e1/more"));
        assertFalse(mechanism.takes("DELETE", "/people/"));
        assertFalse(mechanism.takes("DELETE", "/x/people/ann"));
    }

    @Test
    void withoutKeysOrEndpointsNothingTakesThem() {
        assertFalse(
                new ServiceTokenMechanism(config(null, List.of("DELETE /people/[^/]+")))
                        .takes("DELETE", "/people/ann"));
        assertFalse(new ServiceTokenMechanism(config("jwks.json", null)).takes("PUT", "/scores/e"));
    }

    @Test
    void aMalformedEndpointIsRefusedAtStartup() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ServiceTokenMechanism(config("jwks.json", List.of("/people/[^/]+"))));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ServiceTokenMechanism(config("jwks.json", List.of("DELETE people"))));
    }
}
