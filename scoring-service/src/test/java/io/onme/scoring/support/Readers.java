package io.onme.scoring.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** The reading endpoints as a client calls them, for the reading tests. */
public final class Readers {

    private Readers() {
    }

    public static ValidatableResponse seen(String token, String encounterId) {
        return given().auth().oauth2(token).when().post("/readings/{id}/seen", encounterId).then();
    }

    public static ValidatableResponse dispute(String token, String encounterId, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("note", note);
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/readings/{id}/dispute", encounterId)
                .then();
    }

    public static ValidatableResponse confirm(String token, String encounterId) {
        return review(token, encounterId, Map.of("decision", "CONFIRM"));
    }

    public static ValidatableResponse correct(
            String token, String encounterId, String stance, List<String> targets, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", "CORRECT");
        body.put("stance", stance);
        body.put("blameTargets", targets);
        body.put("note", note);
        return review(token, encounterId, body);
    }

    public static ValidatableResponse review(
            String token, String encounterId, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/readings/{id}/review", encounterId)
                .then();
    }

    public static ValidatableResponse history(String token, String encounterId) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/readings/{id}/history", encounterId)
                .then();
    }

    /** The one fact of {@code GET /scores/batch} for the encounter, as the caller sees it. */
    public static Map<String, Object> batchFact(String token, String encounterId) {
        List<Map<String, Object>> facts = given().auth()
                .oauth2(token)
                .queryParam("encounterId", encounterId)
                .when()
                .get("/scores/batch")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        if (facts.size() != 1) {
            throw new AssertionError("expected one fact of " + encounterId + ", got " + facts);
        }
        return facts.get(0);
    }

    /** The reading of {@link #batchFact}, or null when withheld. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> batchReading(String token, String encounterId) {
        return (Map<String, Object>) batchFact(token, encounterId).get("reading");
    }

    /** A rep's profile over all time, as the caller sees it. */
    public static JsonPath profile(String token, String repId) {
        return given().auth()
                .oauth2(token)
                .queryParam("window", "ALL_TIME")
                .when()
                .get("/profiles/{rep}", repId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
