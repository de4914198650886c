package io.onme.journal.support;

import io.onme.devstores.ServiceKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** Starts {@link FakeScoringServer} and points the journal's scoring client at it. */
public class FakeScoringResource implements QuarkusTestResourceLifecycleManager {

    private FakeScoringServer server;

    @Override
    public Map<String, String> start() {
        // the service keys JwtTestResource makes (dev-stores keeps them in target/test-keys)
        Path jwks =
                Path.of(
                                System.getProperty("onme.test.keys", "target/test-keys"),
                                ServiceKeys.JWKS_FILE)
                        .toAbsolutePath();
        try {
            server = FakeScoringServer.start(jwks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.rest-client.scoring.url", server.url());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
