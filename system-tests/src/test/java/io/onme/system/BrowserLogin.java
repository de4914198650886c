package io.onme.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.restassured.path.json.JsonPath;

/**
 * A person signing in on the identity provider's real login page: {@code
 * src/test/node/login-pkce.mjs} drives Debian's Chromium with playwright-core through the
 * authorization-code flow with PKCE and exchanges the code. The script and its pinned dependency
 * (package-lock.json) are installed with {@code npm ci} into {@code target/browser-login} the first
 * time.
 */
final class BrowserLogin {

    static final String CHROMIUM = System.getenv().getOrDefault("ONME_CHROMIUM", "/usr/bin/chromium");

    private final Path dir;

    BrowserLogin(Path root) {
        this.dir = root.resolve("system-tests/target/browser-login");
    }

    /**
     * The token endpoint's answer (access_token, id_token, refresh_token, …, plus login_page_lang).
     */
    JsonPath signIn(
            String issuer,
            String clientId,
            String redirectUri,
            String user,
            String password,
            String uiLocales) {
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            throw new AssertionError(
                    "Chromium is needed at "
                            + CHROMIUM
                            + " for the login-page test: apt-get install -y chromium (or set ONME_CHROMIUM)");
        }
        install();
        Map<String, String> env = Map.of(
                "ISSUER",
                issuer,
                "CLIENT_ID",
                clientId,
                "REDIRECT_URI",
                redirectUri,
                "LOGIN_USER",
                user,
                "LOGIN_PASSWORD",
                password,
                "CHROMIUM",
                CHROMIUM,
                "UI_LOCALES",
                uiLocales);
        return JsonPath.from(run(List.of("node", "login-pkce.mjs"), env, 2));
    }

    /**
     * The web app's own sign-in ({@code src/test/node/web-sign-in.mjs}): the app at {@code appUrl}
     * sends the browser to the login page, the user signs in, the journal shows {@code
     * expectedName}, and signing out ends the provider's session. Answers what the script saw.
     */
    JsonPath signInToWebApp(
            String appUrl, String issuer, String user, String password, String expectedName) {
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            throw new AssertionError(
                    "Chromium is needed at "
                            + CHROMIUM
                            + " for the web app's sign-in test: apt-get install -y chromium (or set ONME_CHROMIUM)");
        }
        install();
        Map<String, String> env = Map.of(
                "APP_URL",
                appUrl,
                "ISSUER",
                issuer,
                "LOGIN_USER",
                user,
                "LOGIN_PASSWORD",
                password,
                "EXPECT_NAME",
                expectedName,
                "CHROMIUM",
                CHROMIUM);
        return JsonPath.from(run(List.of("node", "web-sign-in.mjs"), env, 3));
    }

    private void install() {
        Path source = dir.resolveSibling("../src/test/node").normalize();
        try {
            Files.createDirectories(dir);
            for (String file : List.of(
                    "package.json",
                    "package-lock.json",
                    "login-pkce.mjs",
                    "web-sign-in.mjs")) {
                Files.copy(
                        source.resolve(file),
                        dir.resolve(file),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Files.isDirectory(dir.resolve("node_modules/playwright-core"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), 5);
        }
    }

    private String run(List<String> command, Map<String, String> env, int minutes) {
        try {
            Path output = Files.createTempFile("browser-login", ".out");
            Path errors = Files.createTempFile("browser-login", ".err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectOutput(output.toFile())
                    .redirectError(errors.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(
                        String.join(" ", command) + " did not finish in " + minutes + " minutes");
            }
            String out = Files.readString(output, StandardCharsets.UTF_8);
            String err = Files.readString(errors, StandardCharsets.UTF_8);
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
            if (process.exitValue() != 0) {
                throw new AssertionError(
                        String.join(" ", command)
                                + " failed with "
                                + process.exitValue()
                                + "\n"
                                + out
                                + "\n"
                                + err);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
