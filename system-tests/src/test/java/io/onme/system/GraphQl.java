package io.onme.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Posts GraphQL documents kept under src/test/resources/graphql to the gateway. */
final class GraphQl {

    private final String url;

    GraphQl(String gatewayUrl) {
        this.url = gatewayUrl + "/graphql";
    }

    Response post(String token, String document, Map<String, Object> variables) {
        return RestAssured.given()
                .header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .body(Map.of("query", load(document), "variables", variables))
                .post(url);
    }

    static String load(String document) {
        try (InputStream in = GraphQl.class.getResourceAsStream("/graphql/" + document + ".graphql")) {
            if (in == null) {
                throw new IllegalArgumentException("no GraphQL document " + document);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
