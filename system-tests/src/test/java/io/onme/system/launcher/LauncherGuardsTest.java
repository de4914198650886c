package io.onme.system.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's destructive verbs touch only what is the launcher's own: {@code reset} deletes
 * only an OnMe data folder, and {@code down} never signals a process whose pid a stale pid file
 * names. (No JVM, store or service is started here.)
 */
class LauncherGuardsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    record Run(int exit, String output) {
    }

    private static Run onme(Path data, Path home, String... args)
            throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", ROOT.resolve("onme").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("ONME_DATA", data.toString());
        builder.environment().put("HOME", home.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher answers");
        return new Run(process.exitValue(), output);
    }

    @Test
    void resetRefusesAFolderThatHoldsSomethingElse(@TempDir Path tmp) throws Exception {
        Path thesis = Files.writeString(tmp.resolve("thesis.tex"), "years of work");
        Run run = onme(tmp, tmp.resolve("home"), "reset", "--yes");
        assertNotEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("refusing to delete"), run.output());
        assertTrue(Files.exists(thesis), "nothing was deleted");
    }

    @Test
    void resetRefusesTheHomeFolder(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("keys"));
        Run run = onme(home, home, "reset", "--yes");
        assertNotEquals(0, run.exit(), run.output());
        assertTrue(Files.isDirectory(home.resolve("keys")), "nothing was deleted");
    }

    @Test
    void resetDeletesAnOnMeDataFolder(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("run"));
        Files.createDirectories(data.resolve("keys"));
        Files.writeString(data.resolve("keys/jwt-public.pem"), "a key");
        Run run = onme(data, tmp.resolve("home"), "reset", "--yes");
        assertEquals(0, run.exit(), run.output());
        assertFalse(Files.exists(data), "the data folder is gone");
    }

    @Test
    void downLeavesAloneAProcessAStalePidFileNames(@TempDir Path tmp) throws Exception {
        Path run = Files.createDirectories(tmp.resolve("data/run"));
        Process stranger = new ProcessBuilder("sleep", "120").start();
        try {
            // the pid of a live process, but not the start time the launcher recorded for it
            Files.writeString(
                    run.resolve("gateway.pid"),
                    stranger.pid() + "\nMon Jan 1 00:00:00 2001\n",
                    StandardCharsets.UTF_8);
            Run down = onme(tmp.resolve("data"), tmp.resolve("home"), "down");
            assertEquals(0, down.exit(), down.output());
            assertTrue(down.output().contains("left alone"), down.output());
            assertTrue(stranger.isAlive(), "the other program still runs");
            assertFalse(Files.exists(run.resolve("gateway.pid")), "the stale pid file is gone");
        } finally {
            stranger.destroyForcibly();
        }
    }
}
