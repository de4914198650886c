package io.onme.journal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import io.onme.devstores.ServiceKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts two {@link FakeScoringServer}s and points the journal's clients at them: one as
 * scoring-service, one as playbook-service (for erasures; it takes tokens for playbook-service).
 */
public class FakeScoringResource implements QuarkusTestResourceLifecycleManager {

    private FakeScoringServer server;
    private FakeScoringServer playbook;

    @Override
    public Map<String, String> start() {
        // the service keys JwtTestResource makes (dev-stores keeps them in target/test-keys)
        Path jwks = Path.of(
                System.getProperty("onme.test.keys", "target/test-keys"),
                ServiceKeys.JWKS_FILE)
                .toAbsolutePath();
        try {
            server = FakeScoringServer.start(jwks);
            playbook = FakeScoringServer.start(jwks, "playbook-service");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.rest-client.scoring.url",
                server.url(),
                "quarkus.rest-client.playbook.url",
                playbook.url());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
        if (playbook != null) {
            playbook.stop();
        }
    }
}
