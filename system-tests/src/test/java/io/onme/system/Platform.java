package io.onme.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole platform as a user starts it: the real {@code ./onme} launcher, driven on free ports
 * with its own data folder under target/, so the tests never collide with a running demo stack.
 */
final class Platform {

    final Path root;
    final Path data;
    final Map<String, String> env = new HashMap<>();
    final int gatewayPort;
    final int playbookPort;
    final int journalPort;
    final int scoringPort;
    final int pgPort;
    final int keycloakPort;

    /** What {@code ./onme up} printed. */
    String upOutput = "";

    private Platform(Path root, String dataFolder) {
        this.root = root;
        this.data = root.resolve("system-tests/target").resolve(dataFolder);
        int[] ports = freePorts(8);
        gatewayPort = ports[0];
        playbookPort = ports[1];
        journalPort = ports[2];
        scoringPort = ports[3];
        pgPort = ports[4];
        keycloakPort = ports[5];
        env.put("ONME_DATA", data.toString());
        // no AOT/CDS training run: writing the cache on every stop costs CI minutes, not coverage
        env.put("ONME_AOT", "0");
        env.put("ONME_GATEWAY_PORT", Integer.toString(gatewayPort));
        env.put("ONME_PLAYBOOK_PORT", Integer.toString(playbookPort));
        env.put("ONME_JOURNAL_PORT", Integer.toString(journalPort));
        env.put("ONME_SCORING_PORT", Integer.toString(scoringPort));
        env.put("ONME_PG_PORT", Integer.toString(pgPort));
        env.put("ONME_MONGO_PORT", Integer.toString(ports[6]));
        env.put("ONME_KEYCLOAK_PORT", Integer.toString(keycloakPort));
        env.put("ONME_KEYCLOAK_MANAGEMENT_PORT", Integer.toString(ports[7]));
        // the unpacked, built Keycloak outlives the data folder: built once per target/
        env.put("ONME_KEYCLOAK_HOME", root.resolve("system-tests/target/keycloak-dist").toString());
    }

    static Platform start() {
        return start("e2e-data");
    }

    /**
     * The platform with {@code ./onme up --idp keycloak}: Keycloak issues the tokens the services
     * trust.
     */
    static Platform startWithKeycloak() {
        return start("e2e-keycloak-data", "--idp", "keycloak");
    }

    private static Platform start(String dataFolder, String... upOptions) {
        Path root = Path.of(System.getProperty("onme.root", "..")).toAbsolutePath().normalize();
        Platform platform = new Platform(root, dataFolder);
        deleteRecursively(platform.data);
        List<String> up = new ArrayList<>(List.of("up"));
        up.addAll(List.of(upOptions));
        try {
            try {
                platform.upOutput = platform.launcher(up.toArray(String[]::new));
            } catch (AssertionError | RuntimeException firstTry) {
                // on a loaded machine the seed's first request can meet a service still warming up
                // (UNAVAILABLE); `up`
                // is resumable (it starts only what is not running, and the seed continues where it
                // stopped): once more
                platform.upOutput = platform.launcher(up.toArray(String[]::new));
            }
        } catch (AssertionError | RuntimeException failed) {
            // stop whatever did start, so a failed run leaves no stores or services behind
            try {
                platform.launcher("down");
            } catch (AssertionError | RuntimeException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
            throw failed;
        }
        return platform;
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    String scoringUrl() {
        return "http://127.0.0.1:" + scoringPort;
    }

    String playbookUrl() {
        return "http://127.0.0.1:" + playbookPort;
    }

    String journalUrl() {
        return "http://127.0.0.1:" + journalPort;
    }

    /** Keycloak's address, and in realm onme's issuer (fixed to localhost by the launcher). */
    String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    /** A token from {@code ./onme token}, as a user would get one. */
    String token(String... args) {
        List<String> all = new ArrayList<>(List.of("token"));
        all.addAll(List.of(args));
        return launcher(all.toArray(String[]::new)).strip();
    }

    /** Runs {@code ./onme ARGS}, fails the test when it fails, and answers its standard output. */
    String launcher(String... args) {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("onme").toString()));
        command.addAll(List.of(args));
        try {
            Path output = Files.createTempFile("onme-launcher", ".out");
            Path errors = Files.createTempFile("onme-launcher", ".err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectOutput(output.toFile())
                    .redirectError(errors.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(
                        "./onme " + String.join(" ", args) + " did not finish in 10 minutes");
            }
            String out = Files.readString(output, StandardCharsets.UTF_8);
            String err = Files.readString(errors, StandardCharsets.UTF_8);
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
            if (process.exitValue() != 0) {
                throw new AssertionError(
                        "./onme "
                                + String.join(" ", args)
                                + " failed with "
                                + process.exitValue()
                                + "\n"
                                + out
                                + "\n"
                                + err
                                + logs());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    void stop() {
        launcher("down");
    }

    /** The tail of every service log, to explain a failure. */
    String logs() {
        StringBuilder out = new StringBuilder();
        for (String name : List.of(
                "stores",
                "keycloak",
                "playbook",
                "journal",
                "scoring",
                "gateway",
                "seed",
                "build",
                "keycloak-build")) {
            Path log = data.resolve("run").resolve(name + ".log");
            if (Files.exists(log)) {
                try {
                    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                    out.append("\n--- ").append(name).append(".log (tail) ---\n");
                    lines.subList(Math.max(0, lines.size() - 25), lines.size())
                            .forEach(line -> out.append(line).append('\n'));
                } catch (IOException e) {
                    out.append("(cannot read ").append(log).append(")\n");
                }
            }
        }
        return out.toString();
    }

    /**
     * n distinct free ports. The sockets are all held open until every port is chosen: a port
     * closed and asked for again can come back (it did: the journal and the MongoDB store were once
     * given the same one).
     */
    static int[] freePorts(int n) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                ServerSocket socket = new ServerSocket(0);
                held.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            IOException closing = null;
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException e) {
                    closing = e;
                }
            }
            if (closing != null) {
                throw new UncheckedIOException("cannot free a port just found", closing);
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
