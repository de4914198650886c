package io.onme.journal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ServerSocket;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** The readiness check through the real driver: up while the store answers, down when it cannot. */
class MongoReadinessCheckTest {

    @Test
    void upWhileTheStoreAnswersAPing() {
        MongoServer server = new MongoServer(new MemoryBackend());
        String address = "mongodb://127.0.0.1:" + server.bind().getPort();
        try (MongoClient client = MongoClients.create(address)) {
            HealthCheckResponse response = check(client).call();
            assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
            assertEquals("MongoDB connection health check", response.getName());
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void downWhenNothingListens() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        try (MongoClient client = MongoClients.create(
                "mongodb://127.0.0.1:" + closedPort + "/?serverSelectionTimeoutMS=300")) {
            assertEquals(HealthCheckResponse.Status.DOWN, check(client).call().getStatus());
        }
    }

    private static MongoReadinessCheck check(MongoClient client) {
        MongoReadinessCheck check = new MongoReadinessCheck();
        check.client = client;
        return check;
    }
}
