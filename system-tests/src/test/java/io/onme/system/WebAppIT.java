package io.onme.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web app end to end, in a real browser (Debian's Chromium through playwright-core), against
 * the platform the launcher starts with the seeded demo tenant: the scenarios of {@code
 * web/e2e/scenarios.mjs} (a rep logs a Hebrew encounter on a phone and sees the evidence
 * highlighted; the offline queue survives a reload and sends once; a coach sees the leaderboard and
 * adds a note; a rep of another team sees nothing of it) and axe-core's WCAG 2.1 A/AA rules on
 * every screen in Hebrew and English.
 */
class WebAppIT {

    private static Platform platform;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.start();
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.stop();
        }
    }

    @Test
    void theLauncherPrintsTheAppsUrl() {
        assertTrue(
                platform.upOutput.contains(
                        "web app            http://localhost:" + platform.gatewayPort + "/"),
                platform.upOutput);
    }

    @Test
    void theScenariosPassInChromiumWithNoAxeViolations() throws IOException, InterruptedException {
        Path web = platform.root.resolve("web");
        Path log = Files.createTempFile("onme-e2e", ".log");
        ProcessBuilder builder = new ProcessBuilder("node", "e2e/scenarios.mjs")
                .directory(web.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("ONME_URL", platform.gatewayUrl());
        Process process = builder.start();
        boolean finished = process.waitFor(8, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        System.out.println(output);
        assertTrue(finished, "the browser scenarios did not finish in 8 minutes\n" + output);
        assertEquals(0, process.exitValue(), output + platform.logs());
    }
}
