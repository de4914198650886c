package io.onme.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.onme.devstores.testing.TestTokens;
import io.onme.gateway.error.ErrorCode;
import io.onme.gateway.fakes.Fakes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The bad-input corpus (issue 16): every file under src/test/resources/bad-requests is a request a
 * careless client or an attacker sends, with what the gateway must answer in {@code expected.txt}
 * (HTTP status, the first error's {@code extensions.code}, its {@code field}, whether a service may
 * be called). {@code *.json} files are POST bodies (bytes as they are: a byte-order mark, overlong
 * UTF-8) sent as {@code application/json}, and again as {@code application/graphql}, {@code
 * text/plain} and a GET {@code query}; {@code *.query} files are the URL's query string of a GET;
 * {@code *.claims} files are a token's claims, signed by the trusted key. Whatever the way, no
 * answer is a 5xx, every error has a code, and none shows a stack trace, an exception, a Java class
 * or the engine's syntax tree.
 */
@QuarkusTest
class BadRequestCorpusResourceTest {

    static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat [\\w$.]+\\(|\\b(?:java|javax|jakarta|io|org|com"
                    + "|graphql)\\.[a-z]+\\.|\\.java:\\d+|Caused by|[A-Z][a-z]+Value\\{|SRGQL|Validation error \\("
                    + "|non null type|wrongly returned|Unknown Scalar Type");
    static final String TOKEN = TestTokens.rep("t-corpus", "u", "team-c");
    static final Map<String, Expectation> EXPECTED = expectations();

    static final AtomicBoolean SEEDED = new AtomicBoolean();
    static final AtomicInteger REQUESTS = new AtomicInteger();
    static final AtomicInteger SERVER_ERRORS = new AtomicInteger();

    record Expectation(int status, String code, String field, boolean serviceMayBeCalled) {
    }

    static Stream<String> corpus() throws IOException, URISyntaxException {
        List<String> files;
        try (Stream<Path> listing = Files.list(dir())) {
            files = listing.map(path -> path.getFileName().toString())
                    .filter(name -> !name.equals("expected.txt"))
                    .sorted()
                    .toList();
        }
        assertFalse(files.isEmpty(), "the corpus is there");
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void answersWithACodeAndNeverAServerError(String name) throws IOException, URISyntaxException {
        if (SEEDED.compareAndSet(false, true)) {
            // a few encounters, so that fields below a page (suggestedPlaybooks(first: 500)) are
            // resolved at all
            Fakes.seed("t-corpus", "u", "team-c", 2);
        }
        Fakes.reset();
        byte[] bytes = Files.readAllBytes(dir().resolve(name));
        Response response;
        if (name.endsWith(".query")) {
            response = given().header("Authorization", "Bearer " + TOKEN)
                    .urlEncodingEnabled(false)
                    .when()
                    .get(
                            "/graphql?"
                                    + new String(bytes, StandardCharsets.ISO_8859_1)
                                            .strip());
        } else if (name.endsWith(".claims")) {
            response = given().header(
                    "Authorization",
                    "Bearer "
                            + RawTokens.sign(
                                    new String(bytes, StandardCharsets.UTF_8)))
                    .contentType("application/json")
                    .body(
                            "{\"query\":\"{ me { id tenantId } playbook(id: \\\"pb-READY-EN\\\") { id } }\"}")
                    .when()
                    .post("/graphql");
        } else {
            response = post("application/json", bytes);
        }
        String answer = checked(name, response);

        Expectation expected = EXPECTED.get(name);
        assertNotNull(
                expected, "expected.txt says nothing about " + name + "; it answered " + answer);
        assertEquals(expected.status(), response.statusCode(), name + " → " + answer);
        JsonPath body = response.jsonPath();
        if (expected.code().equals("-")) {
            assertTrue(body.getList("errors") == null, name + " → " + answer);
        } else {
            assertEquals(
                    expected.code(),
                    body.getString("errors[0].extensions.code"),
                    name + " → " + answer);
            assertEquals(
                    expected.field(),
                    body.getString("errors[0].extensions.field"),
                    name + " → " + answer);
        }
        if (!expected.serviceMayBeCalled()) {
            assertTrue(Fakes.calls().isEmpty(), name + " reached a service: " + Fakes.calls());
        }

        if (name.endsWith(".json")) {
            // the same bytes every other way a client might send them
            for (String type : List.of("application/graphql", "text/plain")) {
                checked(name + " as " + type, post(type, bytes));
            }
            checked(
                    name + " over GET",
                    given().header("Authorization", "Bearer " + TOKEN)
                            .queryParam("query", new String(bytes, StandardCharsets.UTF_8))
                            .when()
                            .get("/graphql"));
        }
    }

    @Test
    void everyExpectationHasItsRequest() throws IOException, URISyntaxException {
        List<String> files = corpus().toList();
        for (String name : EXPECTED.keySet()) {
            assertTrue(
                    files.contains(name),
                    "expected.txt names " + name + ", which is not in the corpus");
        }
    }

    /**
     * What RestAssured cannot send: URLs whose percent-escapes are broken, on a raw connection.
     * Vert.x itself refuses an escape that is not hexadecimal before any route runs (400, no body);
     * the gateway refuses one that is cut short or is not UTF-8 in its own shape.
     */
    @Test
    void brokenPercentEscapesAreBadRequests() throws IOException {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        for (String target : List.of(
                "/graphql?query=%7B%20__typename%20%7D%ZZ",
                "/graphql?query=%7B%20me%7",
                "/graphql?query=%7B%20__typename%20%7D%23%E2%82")) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                OutputStream out = socket.getOutputStream();
                out.write(
                        ("GET "
                                + target
                                + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                                + TOKEN
                                + "\r\nConnection: close\r\n\r\n")
                                .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                REQUESTS.incrementAndGet();
                assertTrue(answer.startsWith("HTTP/1.1 400"), target + " → " + answer);
                String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
                assertTrue(
                        body.isEmpty() || body.contains("\"code\":\"BAD_USER_INPUT\""),
                        target + " → " + answer);
                assertFalse(LEAK.matcher(answer).find(), target + " → " + answer);
            }
        }
    }

    @AfterAll
    static void summary() {
        System.out.printf(
                "bad-input corpus: %d requests, %d answered with a 5xx%n",
                REQUESTS.get(), SERVER_ERRORS.get());
    }

    private static Response post(String contentType, byte[] body) {
        return given().header("Authorization", "Bearer " + TOKEN)
                .contentType(contentType)
                .body(body)
                .when()
                .post("/graphql");
    }

    /** {@link #assertClean}, counted for the run's summary. */
    private static String checked(String name, Response response) {
        REQUESTS.incrementAndGet();
        if (response.statusCode() >= 500) {
            SERVER_ERRORS.incrementAndGet();
        }
        return assertClean(name, response);
    }

    /** No 5xx, every error coded, nothing internal shown; the answer as one line for messages. */
    static String assertClean(String name, Response response) {
        String text = response.asString();
        if (response.statusCode() >= 500) {
            fail(name + " → HTTP " + response.statusCode() + " " + text);
        }
        assertFalse(LEAK.matcher(text).find(), name + " leaks: " + text);
        JsonPath body;
        try {
            body = response.jsonPath();
        } catch (RuntimeException notJson) {
            throw new AssertionError(name + " → not JSON: " + text, notJson);
        }
        List<Map<String, Object>> errors = body.getList("errors");
        if (errors != null) {
            assertFalse(errors.isEmpty(), name + " → " + text);
            for (Map<String, Object> error : errors) {
                Object extensions = error.get("extensions");
                Object code = extensions instanceof Map<?, ?> map ? map.get("code") : null;
                assertTrue(
                        code != null
                                && Arrays.stream(ErrorCode.values())
                                        .anyMatch(c -> c.name().equals(code)),
                        name + " → an error without a code: " + text);
            }
        } else {
            assertEquals(200, response.statusCode(), name + " → " + text);
        }
        return response.statusCode() + " " + text;
    }

    private static Path dir() throws URISyntaxException {
        return Path.of(BadRequestCorpusResourceTest.class.getResource("/bad-requests").toURI());
    }

    /**
     * Lines of {@code file status code [field=...] [calls]}; {@code code} "-" for an answer without
     * errors.
     */
    private static Map<String, Expectation> expectations() {
        Map<String, Expectation> expectations = new HashMap<>();
        try (InputStream in = BadRequestCorpusResourceTest.class.getResourceAsStream(
                "/bad-requests/expected.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length < 3 || parts[0].startsWith("#")) {
                    continue;
                }
                String field = null;
                boolean calls = false;
                for (int i = 3; i < parts.length; i++) {
                    if (parts[i].startsWith("field=")) {
                        field = parts[i].substring("field=".length());
                    } else if (parts[i].equals("calls")) {
                        calls = true;
                    }
                }
                expectations.put(
                        parts[0],
                        new Expectation(Integer.parseInt(parts[1]), parts[2], field, calls));
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException(
                    "bad-requests/expected.txt is missing or unreadable", e);
        }
        return expectations;
    }
}
