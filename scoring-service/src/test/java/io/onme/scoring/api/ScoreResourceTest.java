package io.onme.scoring.api;

import static io.onme.scoring.support.Encounters.encounter;
import static io.onme.scoring.support.Encounters.newTenant;
import static io.onme.scoring.support.Encounters.serviceToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.scoring.analysis.Analyzer;
import io.onme.scoring.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ScoreResourceTest {

    @Inject
    DataSource dataSource;

    @Inject
    Analyzer analyzer;

    @Test
    void putStoresOneFactWithTheAnalysis() {
        String tenant = newTenant();
        encounter("rep-1", "team-1")
                .put(tenant, "enc-1")
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("encounterId", equalTo("enc-1"))
                .body("revision", equalTo(1))
                .body("repId", equalTo("rep-1"))
                .body("teamId", equalTo("team-1"))
                .body("occurredAt", equalTo("2026-11-20T10:00:00Z"))
                .body("analyzerVersion", equalTo(analyzer.version()))
                .body("scoredAt", notNullValue())
                .body("analysis.language", equalTo("EN"))
                .body("analysis.stance", notNullValue())
                .body("analysis.analyzerVersion", equalTo(analyzer.version()));
        assertEquals(1, rows(tenant, "enc-1"));
    }

    @Test
    void sameRevisionTwiceKeepsOneUnchangedRow() {
        String tenant = newTenant();
        String firstScoredAt = encounter("rep-1", "team-1")
                .put(tenant, "enc-1")
                .statusCode(200)
                .extract()
                .path("scoredAt");
        encounter("rep-1", "team-1")
                .put(tenant, "enc-1")
                .statusCode(200)
                .body("revision", equalTo(1))
                .body("scoredAt", equalTo(firstScoredAt));
        assertEquals(1, rows(tenant, "enc-1"));
    }

    @Test
    void newerRevisionReplacesAndOlderRevisionAnswersTheStoredOne() {
        String tenant = newTenant();
        encounter("rep-1", "team-1").revision(1).put(tenant, "enc-1").statusCode(200);
        encounter("rep-1", "team-2")
                .revision(3)
                .outcome("WON")
                .put(tenant, "enc-1")
                .statusCode(200)
                .body("revision", equalTo(3))
                .body("teamId", equalTo("team-2"));
        // a late, older delivery changes nothing and answers the stored revision
        encounter("rep-1", "team-1")
                .revision(2)
                .put(tenant, "enc-1")
                .statusCode(200)
                .body("revision", equalTo(3))
                .body("teamId", equalTo("team-2"));
        assertEquals(1, rows(tenant, "enc-1"));
        assertEquals("team-2", column(tenant, "enc-1", "team_id"));
        assertEquals("WON", column(tenant, "enc-1", "outcome"));
    }

    @Test
    void sameRevisionIsRescoredOnlyWhenTheStoredAnalyzerIsOlder() {
        String tenant = newTenant();
        encounter("rep-1", "team-1").store(tenant, "enc-old");
        encounter("rep-1", "team-1").store(tenant, "enc-new");
        execute(
                "UPDATE score_fact SET analyzer_version = '0.0.1' WHERE tenant_id = ? AND encounter_id = ?",
                tenant,
                "enc-old");
        execute(
                "UPDATE score_fact SET analyzer_version = '999.0.0' WHERE tenant_id = ? AND encounter_id = ?",
                tenant,
                "enc-new");

        encounter("rep-1", "team-1")
                .put(tenant, "enc-old")
                .statusCode(200)
                .body("analyzerVersion", equalTo(analyzer.version()));
        encounter("rep-1", "team-1")
                .put(tenant, "enc-new")
                .statusCode(200)
                .body("analyzerVersion", equalTo("999.0.0"));
    }

    @Test
    void hebrewReflectionIsStoredAndReturnedExactly() {
        String tenant = newTenant();
        String reflection = "הלקוח היה ספקן לגבי המחיר. זה עליי: לא הראיתי לו את הערך. בפעם הבאה אביא דוגמה.";
        encounter("rep-1", "team-1")
                .reflection(reflection)
                .with("language", "he")
                .store(tenant, "enc-he");
        assertEquals(reflection, column(tenant, "enc-he", "reflection"));
        // its rep sees it (an admin waits until the reading is released)
        given().auth()
                .oauth2(TestTokens.rep(tenant, "rep-1", "team-1"))
                .when()
                .get("/scores/batch?encounterId=enc-he")
                .then()
                .statusCode(200)
                .body("[0].analysis.language", equalTo("HE"));
    }

    @Test
    void onlyServiceAccountsWriteOrDelete() {
        String tenant = newTenant();
        for (String token : new String[] {
                TestTokens.rep(tenant, "rep-1", "team-1"),
                TestTokens.coach(tenant, "coach-1", "team-1"),
                TestTokens.admin(tenant, "admin-1")
        }) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(encounter("rep-1", "team-1").body())
                    .when()
                    .put("/scores/{id}", "enc-1")
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            given().auth()
                    .oauth2(token)
                    .when()
                    .delete("/scores/{id}", "enc-1")
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
        assertEquals(0, rows(tenant, "enc-1"));
    }

    @Test
    void deleteFollowsTheJournalAndIsIdempotent() {
        String tenant = newTenant();
        encounter("rep-1", "team-1").store(tenant, "enc-1");
        given().auth()
                .oauth2(serviceToken(tenant))
                .when()
                .delete("/scores/{id}", "enc-1")
                .then()
                .statusCode(204);
        assertEquals(0, rows(tenant, "enc-1"));
        given().auth()
                .oauth2(serviceToken(tenant))
                .when()
                .delete("/scores/{id}", "enc-1")
                .then()
                .statusCode(204);
    }

    @Test
    void anotherTenantNeitherSeesNorChangesNorDeletesTheFact() {
        String tenant = newTenant();
        String other = newTenant();
        encounter("rep-1", "team-1").revision(5).store(tenant, "enc-1");

        given().auth()
                .oauth2(TestTokens.admin(other, "admin-1"))
                .when()
                .get("/scores/batch?encounterId=enc-1")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        given().auth()
                .oauth2(TestTokens.rep(other, "rep-1", "team-1"))
                .when()
                .get("/scores/batch?encounterId=enc-1")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        given().auth()
                .oauth2(serviceToken(other))
                .when()
                .delete("/scores/{id}", "enc-1")
                .then()
                .statusCode(204);
        assertEquals(1, rows(tenant, "enc-1"));

        // the same encounter id in another tenant is another fact, not an update of this one
        encounter("rep-9", "team-9")
                .revision(1)
                .put(other, "enc-1")
                .statusCode(200)
                .body("revision", equalTo(1))
                .body("repId", equalTo("rep-9"));
        assertEquals(5L, Long.parseLong(column(tenant, "enc-1", "revision")));
        assertEquals("rep-1", column(tenant, "enc-1", "rep_id"));
    }

    @Test
    void invalidBodiesAreProblems() {
        String tenant = newTenant();
        encounter("rep-1", "team-1")
                .with("repId", " ")
                .with("occurredAt", null)
                .with("intensity", 9)
                .put(tenant, "enc-1")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", containsString("https://onme.io/problems/"))
                .body("errors.field", hasItem("repId"))
                .body("errors.field", hasItem("occurredAt"))
                .body("errors.field", hasItem("intensity"));
        encounter("rep-1", "team-1")
                .archetype("GRUMPY")
                .put(tenant, "enc-1")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("archetype"));
        encounter("rep-1", "team-1")
                .with("language", "FR")
                .put(tenant, "enc-1")
                .statusCode(400)
                .body("errors[0].field", equalTo("language"));
        encounter("rep-1", "team-1")
                .with("dealValue", java.util.Map.of("amount", "12.5", "currency", "shekel"))
                .put(tenant, "enc-1")
                .statusCode(400)
                .body("errors[0].field", equalTo("dealValue.currency"));
        encounter("rep-1", "team-1")
                .reflection("x".repeat(10_001))
                .put(tenant, "enc-1")
                .statusCode(400)
                .body("errors[0].field", equalTo("reflection"));
        given().auth()
                .oauth2(serviceToken(tenant))
                .contentType(ContentType.JSON)
                .body("{\"revision\": 1,")
                .when()
                .put("/scores/{id}", "enc-1")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", notNullValue())
                .body(org.hamcrest.Matchers.not(containsString("Exception")));
        assertEquals(0, rows(tenant, "enc-1"));
    }

    @Test
    void controlCharactersAreRefusedAndFormatCharactersKeptWithoutShiftingOffsets() {
        String tenant = newTenant();
        // U+0000 is refused at the edge (text rules), before PostgreSQL sees it
        encounter("rep-1", "team-1")
                .reflection("bad\u0000line, it's on me")
                .put(tenant, "enc-nul")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://onme.io/problems/invalid-text"))
                .body("errors[0].field", equalTo("reflection"));
        assertEquals(0, rows(tenant, "enc-nul"));
        String reflection = "bad line \u200F it's on me, I should have asked.";
        encounter("rep-1", "team-1").reflection(reflection).store(tenant, "enc-rlm");
        String stored = column(tenant, "enc-rlm", "reflection");
        assertEquals(reflection, stored);
        given().urlEncodingEnabled(false)
                .auth()
                .oauth2(serviceToken(tenant))
                .contentType(ContentType.JSON)
                .body(encounter("rep-1", "team-1").body())
                .when()
                .put("/scores/bad%00id")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void dealValueIsStored() {
        String tenant = newTenant();
        encounter("rep-1", "team-1")
                .with("dealValue", java.util.Map.of("amount", "1250.50", "currency", "ILS"))
                .store(tenant, "enc-1");
        assertEquals("1250.5000", column(tenant, "enc-1", "deal_amount"));
        assertEquals("ILS", column(tenant, "enc-1", "deal_currency"));
    }

    @Test
    void missingOrInvalidTokensAre401Problems() {
        String tenant = newTenant();
        given().contentType(ContentType.JSON)
                .body(encounter("rep-1", "team-1").body())
                .when()
                .put("/scores/{id}", "enc-1")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
        given().when().get("/scores/batch?encounterId=enc-1").then().statusCode(401);
        given().when().delete("/scores/{id}", "enc-1").then().statusCode(401);
        given().auth()
                .oauth2("not-a-jwt")
                .when()
                .get("/scores/batch?encounterId=enc-1")
                .then()
                .statusCode(401);
        String noTenant = TestTokens.service(tenant, "service-a").tenant(null).sign();
        given().auth()
                .oauth2(noTenant)
                .contentType(ContentType.JSON)
                .body(encounter("rep-1", "team-1").body())
                .when()
                .put("/scores/{id}", "enc-1")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        String expired = TestTokens.builder(tenant, "admin-1")
                .group("admin")
                .issuedAt(Instant.now().minus(Duration.ofHours(3)))
                .lifetime(Duration.ofHours(1))
                .sign();
        given().auth()
                .oauth2(expired)
                .when()
                .get("/scores/batch?encounterId=enc-1")
                .then()
                .statusCode(401);
        String wrongIssuer = TestTokens.builder(tenant, "admin-1")
                .group("admin")
                .issuer("https://evil.example")
                .sign();
        given().auth()
                .oauth2(wrongIssuer)
                .when()
                .get("/scores/batch?encounterId=enc-1")
                .then()
                .statusCode(401);
        assertEquals(0, rows(tenant, "enc-1"));
    }

    private long rows(String tenant, String encounterId) {
        return new Sql(dataSource).factRows(tenant, encounterId);
    }

    private String column(String tenant, String encounterId, String column) {
        return new Sql(dataSource).factColumn(tenant, encounterId, column);
    }

    private void execute(String sql, String... params) {
        new Sql(dataSource).execute(sql, params);
    }
}
