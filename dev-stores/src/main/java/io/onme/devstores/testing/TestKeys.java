package io.onme.devstores.testing;

import io.onme.devstores.JwtKeys;

import java.nio.file.Path;

/** Where a test run keeps its throw-away JWT key pair: the module's target folder. */
final class TestKeys {

    static final Path DIR = Path.of(System.getProperty("onme.test.keys", "target/test-keys")).toAbsolutePath();

    private TestKeys() {
    }

    static Path ensure() {
        JwtKeys.ensure(DIR);
        return DIR;
    }
}
