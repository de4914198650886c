package io.onme.devstores.testing;

import java.nio.file.Path;

import io.onme.devstores.JwtKeys;
import io.onme.devstores.ServiceKeys;

/** Where a test run keeps its throw-away JWT key pair: the module's target folder. */
final class TestKeys {

    static final Path DIR = Path.of(System.getProperty("onme.test.keys", "target/test-keys")).toAbsolutePath();

    private TestKeys() {
    }

    /**
     * The service keys in the JWKS scoring trusts; journal signs with the second, so the kid must
     * choose.
     */
    static final String SERVICE_A = "service-a";

    static final String SERVICE_B = "service-b";

    /** A service key nobody trusts (its own folder, outside the JWKS). */
    static final String OUTSIDER = "service-x";

    static Path ensure() {
        JwtKeys.ensure(DIR);
        ServiceKeys.ensure(DIR, SERVICE_A, SERVICE_B);
        ServiceKeys.ensure(outsiders(), OUTSIDER);
        return DIR;
    }

    static Path outsiders() {
        return DIR.resolve("outsiders");
    }
}
