package io.onme.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.onme.devstores.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every request body under src/test/resources/bad-requests is sent to the gateway (and the GraphQL ones also
 * while a service fails): no answer may be a 500, carry a stack trace, name an exception or a Java class.
 */
@QuarkusTest
class BadRequestCorpusTest {

    static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat [\\w$.]+\\(|\\b(?:java|javax|jakarta|io|org|com|graphql)\\.[a-z]+\\.|\\.java:\\d+|Caused by");

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(BadRequestCorpusTest.class.getResource("/bad-requests").toURI());
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.sorted().toList();
        }
        assertTrue(files.size() >= 20, "the corpus is there");
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void answersWithoutLeaking(Path file) throws IOException {
        String body = Files.readString(file, StandardCharsets.UTF_8);
        String token = TestTokens.rep("t-corpus", "u", "team-c");
        for (String contentType : List.of("application/json", "application/graphql", "text/plain")) {
            Response response = given().header("Authorization", "Bearer " + token).contentType(contentType)
                    .body(body.getBytes(StandardCharsets.UTF_8)).when().post("/graphql");
            assertClean(file, response);
        }
        Response get = given().header("Authorization", "Bearer " + token).queryParam("query", body)
                .when().get("/graphql");
        assertClean(file, get);
    }

    private static void assertClean(Path file, Response response) {
        String text = response.asString();
        assertNotEquals(500, response.statusCode(), file.getFileName() + " → " + text);
        assertFalse(LEAK.matcher(text).find(), file.getFileName() + " leaks: " + text);
    }
}
