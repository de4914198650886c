package io.onme.scoring.support;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.onme.devstores.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Builds {@code PUT /scores/{id}} bodies as journal-service sends them, and sends them. */
public final class Encounters {

    private final Map<String, Object> body = new LinkedHashMap<>();

    private Encounters() {
    }

    public static String newTenant() {
        return "t-" + UUID.randomUUID();
    }

    public static String serviceToken(String tenant) {
        return TestTokens.service(tenant, "service-a").sign();
    }

    /** Changes the tenant's reading settings as its admin, e.g. {@code coachVisibility}. */
    public static void settings(String tenant, Map<String, Object> changes) {
        given().auth()
                .oauth2(TestTokens.admin(tenant, "admin-settings"))
                .contentType(ContentType.JSON)
                .body(changes)
                .when()
                .put("/readings/settings")
                .then()
                .statusCode(200);
    }

    /** Readings released to coaches and indicators as soon as they are written. */
    public static void immediate(String tenant) {
        settings(tenant, Map.of("coachVisibility", "IMMEDIATE"));
    }

    public static Encounters encounter(String rep, String team) {
        Encounters e = new Encounters();
        e.body.put("revision", 1);
        e.body.put("repId", rep);
        e.body.put("teamId", team);
        e.body.put("customerId", "c-1");
        e.body.put("occurredAt", "2026-11-20T10:00:00Z");
        e.body.put("archetype", "SKEPTICAL");
        e.body.put("intensity", 3);
        e.body.put("outcome", "PROGRESSING");
        e.body.put("dealValue", null);
        e.body.put(
                "reflection",
                "I did not ask about his budget early. Next time I will ask in the first call.");
        e.body.put("language", "EN");
        e.body.put("followUpSet", true);
        return e;
    }

    public Encounters with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public Encounters revision(long revision) {
        return with("revision", revision);
    }

    public Encounters customer(String customerId) {
        return with("customerId", customerId);
    }

    public Encounters at(Instant occurredAt) {
        return with("occurredAt", occurredAt.toString());
    }

    public Encounters archetype(String archetype) {
        return with("archetype", archetype);
    }

    public Encounters outcome(String outcome) {
        return with("outcome", outcome);
    }

    public Encounters followUp(boolean set) {
        return with("followUpSet", set);
    }

    public Encounters reflection(String text) {
        return with("reflection", text);
    }

    public Map<String, Object> body() {
        return body;
    }

    public ValidatableResponse put(String tenant, String encounterId) {
        return given().auth()
                .oauth2(serviceToken(tenant))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/scores/{id}", encounterId)
                .then();
    }

    /** PUT and insist on 200. */
    public void store(String tenant, String encounterId) {
        put(tenant, encounterId).statusCode(200);
    }
}
