package io.onme.devstores.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.onme.devstores.MongoWireServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** An in-memory MongoDB wire-protocol server for one test run, reached by the real driver. */
public class MongoTestResource implements QuarkusTestResourceLifecycleManager {

    private MongoWireServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = MongoWireServer.start(0, null);
        } catch (IOException e) {
            throw new UncheckedIOException("MongoDB wire server did not start", e);
        }
        return Map.of("quarkus.mongodb.connection-string", server.connectionString());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
