package io.onme.journal.support;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Small helpers for calling the journal over HTTP in tests. */
public final class Journal {

    private Journal() {
    }

    /** A fresh tenant id, so every test owns its data. */
    public static String tenant() {
        return "t-" + UUID.randomUUID();
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A valid LogEncounter body; callers change what they test. */
    public static Map<String, Object> encounter(String customerName, String reflection) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customer", Map.of("name", customerName));
        body.put(
                "occurredAt",
                Instant.now()
                        .minus(1, ChronoUnit.HOURS)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString());
        body.put("channel", "MEETING");
        body.put("archetype", "SKEPTICAL");
        body.put("intensity", 3);
        body.put("tactics", List.of("asked for proof"));
        body.put("outcome", "PROGRESSING");
        body.put("reflection", reflection);
        return body;
    }

    public static ValidatableResponse log(String token, Map<String, Object> body) {
        return as(token).body(body).post("/encounters").then();
    }

    /** Logs and returns the new encounter's id. */
    public static String logId(String token, Map<String, Object> body) {
        return log(token, body).statusCode(201).extract().path("id");
    }

    public static String get(String token, String id, String path) {
        return as(token)
                .get("/encounters/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path(path)
                .toString();
    }
}
