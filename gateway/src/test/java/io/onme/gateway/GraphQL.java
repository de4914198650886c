package io.onme.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Posts the GraphQL documents kept under src/test/resources/graphql to the running gateway. */
public final class GraphQL {

    private GraphQL() {
    }

    public static String document(String name) {
        try (InputStream in = GraphQL.class.getResourceAsStream("/graphql/" + name + ".graphql")) {
            if (in == null) {
                throw new IllegalArgumentException("no document graphql/" + name + ".graphql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POSTs the named document with variables given as name, value, name, value... */
    public static Response post(String token, String name, Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i + 1 < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("query", document(name));
        body.put("variables", vars);
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.when().post("/graphql").then().extract().response();
    }

    /**
     * POSTs this document text with variables given as name, value, name, value... and returns the
     * answer (HTTP 200), errors and all.
     */
    public static JsonPath execute(String token, String document, Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i + 1 < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", vars);
        return given().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** POSTs this document text and returns the answer, which must be HTTP 200 without errors. */
    public static JsonPath answered(String token, String document) {
        JsonPath answer = given().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .body(Map.of("query", document))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertNull(answer.getList("errors"), answer::prettify);
        return answer;
    }
}
