package io.onme.devstores;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB wire-protocol server on loopback for the embedded mode and the tests. It stands in for
 * MongoDB only where no real one can run; services talk to it with the real MongoDB driver.
 */
public final class MongoWireServer implements AutoCloseable {

    private final MongoServer server;
    private final InetSocketAddress address;

    private MongoWireServer(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    /**
     * @param port 0 for a free port
     * @param storeFile null for an in-memory store, else an H2 file that survives restarts
     */
    public static MongoWireServer start(int port, Path storeFile) throws IOException {
        MongoBackend backend;
        if (storeFile == null) {
            backend = new MemoryBackend();
        } else {
            Files.createDirectories(storeFile.toAbsolutePath().getParent());
            backend = new H2Backend(storeFile.toAbsolutePath().toString());
        }
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        InetSocketAddress address = server.getLocalAddress();
        return new MongoWireServer(server, address);
    }

    public int port() {
        return address.getPort();
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + port();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
