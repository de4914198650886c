package io.onme.system.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The README's two commands run side by side: with {@code ./onme up} holding 8080–8083, {@code
 * ./mvnw verify} must not need any of them. Every Quarkus module's tests therefore listen on a free
 * port (test port 0), never on Quarkus' default 8081 or any other fixed one.
 */
class TestPortsTest {

    private static final List<String> QUARKUS_MODULES = List.of("gateway", "playbook-service", "journal-service",
            "scoring-service");

    @Test
    void everyQuarkusModuleTestsOnAFreePort() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> fixed = new ArrayList<>();
        for (String module : QUARKUS_MODULES) {
            Path file = root.resolve(module).resolve("src/main/resources/application.properties");
            assertTrue(Files.isRegularFile(file), file + " exists");
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
            // the test profile's value wins over the plain one
            String port = properties.getProperty(
                    "%test.quarkus.http.test-port",
                    properties.getProperty("quarkus.http.test-port"));
            if (!"0".equals(port)) {
                fixed.add(module + " (quarkus.http.test-port=" + port + ")");
            }
        }
        assertEquals(List.of(), fixed, "modules whose tests bind a fixed port");
    }
}
