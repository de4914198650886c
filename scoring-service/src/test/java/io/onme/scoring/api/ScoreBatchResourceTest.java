package io.onme.scoring.api;

import io.onme.devstores.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.onme.scoring.support.Encounters.encounter;
import static io.onme.scoring.support.Encounters.newTenant;
import static io.onme.scoring.support.Encounters.serviceToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Who sees which facts in {@code GET /scores/batch}: own, coached teams, or the tenant. */
@QuarkusTest
class ScoreBatchResourceTest {

    private static final String ALL = "/scores/batch?encounterId=e-ann-1&encounterId=e-bob&encounterId=e-cid"
            + "&encounterId=missing&encounterId=e-ann-2";

    private String tenant;

    @BeforeEach
    void facts() {
        tenant = newTenant();
        // ann and bob in team north, cid in team south
        encounter("ann", "north").store(tenant, "e-ann-1");
        encounter("ann", "north").store(tenant, "e-ann-2");
        encounter("bob", "north").store(tenant, "e-bob");
        encounter("cid", "south").store(tenant, "e-cid");
    }

    @Test
    void repSeesOnlyTheirOwnFactsInTheOrderAsked() {
        given().auth().oauth2(TestTokens.rep(tenant, "ann", "north"))
                .when().get(ALL)
                .then().statusCode(200)
                .body("encounterId", contains("e-ann-1", "e-ann-2"));
    }

    @Test
    void coachSeesOwnAndCoachedTeams() {
        given().auth().oauth2(TestTokens.coach(tenant, "carol", "north"))
                .when().get(ALL)
                .then().statusCode(200)
                .body("encounterId", contains("e-ann-1", "e-bob", "e-ann-2"));
        // a coach's own encounters are visible even outside coached teams
        given().auth().oauth2(TestTokens.coach(tenant, "cid", "north"))
                .when().get(ALL)
                .then().statusCode(200)
                .body("encounterId", contains("e-ann-1", "e-bob", "e-cid", "e-ann-2"));
    }

    @Test
    void teamsClaimOfARepGrantsNothingBeyondOwnFacts() {
        given().auth().oauth2(TestTokens.rep(tenant, "bob", "north", "south"))
                .when().get(ALL)
                .then().statusCode(200)
                .body("encounterId", contains("e-bob"));
    }

    @Test
    void adminAndServiceSeeTheTenant() {
        for (String token : List.of(TestTokens.admin(tenant, "root"), serviceToken(tenant))) {
            given().auth().oauth2(token)
                    .when().get(ALL)
                    .then().statusCode(200)
                    .body("encounterId", contains("e-ann-1", "e-bob", "e-cid", "e-ann-2"));
        }
    }

    @Test
    void otherTenantSeesNothing() {
        String other = newTenant();
        given().auth().oauth2(TestTokens.admin(other, "root"))
                .when().get(ALL)
                .then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(TestTokens.coach(other, "carol", "north"))
                .when().get(ALL)
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void duplicatesAnswerOnceAndTooManyIdsAreAProblem() {
        given().auth().oauth2(TestTokens.admin(tenant, "root"))
                .when().get("/scores/batch?encounterId=e-bob&encounterId=e-bob")
                .then().statusCode(200).body("encounterId", contains("e-bob"));
        given().auth().oauth2(TestTokens.admin(tenant, "root"))
                .when().get("/scores/batch")
                .then().statusCode(200).body("$", hasSize(0));
        StringBuilder many = new StringBuilder("/scores/batch?encounterId=x0");
        for (int i = 1; i <= 100; i++) {
            many.append("&encounterId=x").append(i);
        }
        given().auth().oauth2(TestTokens.admin(tenant, "root"))
                .when().get(many.toString())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("encounterId"));
    }
}
