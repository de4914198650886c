package io.onme.scoring.api;

import static io.onme.scoring.support.Encounters.encounter;
import static io.onme.scoring.support.Encounters.immediate;
import static io.onme.scoring.support.Encounters.newTenant;
import static io.onme.scoring.support.Encounters.serviceToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Who sees which facts in {@code GET /scores/batch}: own, coached teams, or the tenant; and the
 * summary view.
 */
@QuarkusTest
class ScoreBatchResourceTest {

    private static final String ALL = "/scores/batch?encounterId=e-ann-1&encounterId=e-bob&encounterId=e-cid"
            + "&encounterId=missing&encounterId=e-ann-2";

    private String tenant;

    @BeforeEach
    void facts() {
        tenant = newTenant();
        // readings released at once: visibility by role alone (withholding: ReadingResourceTest)
        immediate(tenant);
        // ann and bob in team north, cid in team south
        encounter("ann", "north").store(tenant, "e-ann-1");
        encounter("ann", "north").store(tenant, "e-ann-2");
        encounter("bob", "north").store(tenant, "e-bob");
        encounter("cid", "south").store(tenant, "e-cid");
    }

    @Test
    void repSeesOnlyTheirOwnFactsInTheOrderAsked() {
        given().auth()
                .oauth2(TestTokens.rep(tenant, "ann", "north"))
                .when()
                .get(ALL)
                .then()
                .statusCode(200)
                .body("encounterId", contains("e-ann-1", "e-ann-2"));
    }

    @Test
    void coachSeesOwnAndCoachedTeams() {
        given().auth()
                .oauth2(TestTokens.coach(tenant, "carol", "north"))
                .when()
                .get(ALL)
                .then()
                .statusCode(200)
                .body("encounterId", contains("e-ann-1", "e-bob", "e-ann-2"));
        // a coach's own encounters are visible even outside coached teams
        given().auth()
                .oauth2(TestTokens.coach(tenant, "cid", "north"))
                .when()
                .get(ALL)
                .then()
                .statusCode(200)
                .body("encounterId", contains("e-ann-1", "e-bob", "e-cid", "e-ann-2"));
    }

    @Test
    void teamsClaimOfARepGrantsNothingBeyondOwnFacts() {
        given().auth()
                .oauth2(TestTokens.rep(tenant, "bob", "north", "south"))
                .when()
                .get(ALL)
                .then()
                .statusCode(200)
                .body("encounterId", contains("e-bob"));
    }

    @Test
    void adminSeesTheTenantAndAServiceTokenIsNotAReadersToken() {
        given().auth()
                .oauth2(TestTokens.admin(tenant, "root"))
                .when()
                .get(ALL)
                .then()
                .statusCode(200)
                .body("encounterId", contains("e-ann-1", "e-bob", "e-cid", "e-ann-2"));
        // service tokens are for PUT/DELETE /scores only
        given().auth().oauth2(serviceToken(tenant)).when().get(ALL).then().statusCode(401);
    }

    @Test
    void otherTenantSeesNothing() {
        String other = newTenant();
        given().auth()
                .oauth2(TestTokens.admin(other, "root"))
                .when()
                .get(ALL)
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        given().auth()
                .oauth2(TestTokens.coach(other, "carol", "north"))
                .when()
                .get(ALL)
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void summaryIsTheFullViewWithoutEvidenceAndReframes() {
        encounter("ann", "north")
                .reflection(
                        "The warehouse shipped the wrong units again and the buyer cancelled the order.")
                .store(tenant, "e-ann-blame");
        String admin = TestTokens.admin(tenant, "root");
        String asked = "/scores/batch?encounterId=e-ann-blame&encounterId=e-ann-1";
        List<Map<String, Object>> full = given().auth()
                .oauth2(admin)
                .when()
                .get(asked + "&view=full")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        List<Map<String, Object>> summary = given().auth()
                .oauth2(admin)
                .when()
                .get(asked + "&view=summary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");

        Map<String, Object> blame = analysis(full.get(0));
        assertFalse(((List<?>) blame.get("evidence")).isEmpty());
        assertFalse(((List<?>) blame.get("reframes")).isEmpty());
        assertFalse(((List<?>) blame.get("blameTargets")).isEmpty());
        assertEquals(2, summary.size());
        for (int i = 0; i < full.size(); i++) {
            Map<String, Object> expected = new HashMap<>(full.get(i));
            Map<String, Object> expectedAnalysis = new HashMap<>(analysis(expected));
            expectedAnalysis.keySet().removeAll(List.of("evidence", "reframes"));
            expected.put("analysis", expectedAnalysis);
            assertEquals(expected, summary.get(i));
        }
        // the default is the full view; the summary sees no more than the full view does
        given().auth()
                .oauth2(admin)
                .when()
                .get(asked)
                .then()
                .statusCode(200)
                .body("analysis[0].evidence", hasSize(((List<?>) blame.get("evidence")).size()));
        given().auth()
                .oauth2(TestTokens.admin(newTenant(), "root"))
                .when()
                .get(asked + "&view=summary")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void unknownViewIsAProblemOnView() {
        given().auth()
                .oauth2(TestTokens.admin(tenant, "root"))
                .when()
                .get("/scores/batch?encounterId=e-bob&view=brief")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("view"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> analysis(Map<String, Object> fact) {
        return (Map<String, Object>) fact.get("analysis");
    }

    @Test
    void duplicatesAnswerOnceAndTooManyIdsAreAProblem() {
        given().auth()
                .oauth2(TestTokens.admin(tenant, "root"))
                .when()
                .get("/scores/batch?encounterId=e-bob&encounterId=e-bob")
                .then()
                .statusCode(200)
                .body("encounterId", contains("e-bob"));
        given().auth()
                .oauth2(TestTokens.admin(tenant, "root"))
                .when()
                .get("/scores/batch")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        StringBuilder many = new StringBuilder("/scores/batch?encounterId=x0");
        for (int i = 1; i <= 100; i++) {
            many.append("&encounterId=x").append(i);
        }
        given().auth()
                .oauth2(TestTokens.admin(tenant, "root"))
                .when()
                .get(many.toString())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("encounterId"));
    }
}
