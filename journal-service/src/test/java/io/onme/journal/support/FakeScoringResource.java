package io.onme.journal.support;

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
        // the key pair JwtTestResource makes (dev-stores keeps it in target/test-keys)
        Path publicKey = Path.of(System.getProperty("onme.test.keys", "target/test-keys"), "jwt-public.pem")
                .toAbsolutePath();
        try {
            server = FakeScoringServer.start(publicKey);
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
