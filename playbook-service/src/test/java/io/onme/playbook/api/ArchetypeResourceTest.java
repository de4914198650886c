package io.onme.playbook.api;

import static io.onme.playbook.api.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ArchetypeResourceTest {

    private final String rep = TestTokens.rep(Api.tenant(), "rep-1", "team-a");

    @Test
    void listsTheNineArchetypesInCatalogueOrderWithBothLanguages() {
        as(rep).get("/archetypes")
                .then()
                .statusCode(200)
                .body("", hasSize(9))
                .body(
                        "key",
                        contains(
                                "SKEPTICAL",
                                "ANTAGONISTIC",
                                "UNINTERESTED",
                                "HOSTILE",
                                "CLOSED",
                                "DISTRUSTFUL",
                                "PRICE_FOCUSED",
                                "NOT_LISTENING",
                                "READY"))
                .body("find { it.key == 'SKEPTICAL' }.name.HE", equalTo("ספקן"))
                .body("find { it.key == 'SKEPTICAL' }.name.EN", equalTo("Skeptical"))
                .body("find { it.key == 'READY' }.difficulty", equalTo(1))
                .body("find { it.key == 'HOSTILE' }.difficulty", equalTo(5));
    }

    @Test
    void getsOneArchetypeWithSignalsAndStanceInHebrewAndEnglish() {
        as(rep).get("/archetypes/PRICE_FOCUSED")
                .then()
                .statusCode(200)
                .body("key", equalTo("PRICE_FOCUSED"))
                .body("name.HE", equalTo("קמצן / מחפש דילים"))
                .body("signals.HE", hasSize(3))
                .body("signals.EN", hasItem("Asks for the price in the first minutes"))
                .body("ownershipStance.HE", startsWith("להראות ערך ששווה את המחיר"))
                .body("ownershipStance.EN", startsWith("Showing value worth the price is my job"));
    }

    @Test
    void unknownArchetypeIsA404Problem() {
        as(rep).get("/archetypes/NOPE")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("https://onme.io/problems/not-found"));
    }

    @Test
    void missingTokenIs401Problem() {
        given().get("/archetypes")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void garbageTokenIs401Problem() {
        given().auth()
                .oauth2("not.a.jwt")
                .get("/archetypes")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void expiredTokenIs401() {
        String expired = TestTokens.builder(Api.tenant(), "rep-1")
                .group("rep")
                .issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .lifetime(Duration.ofMinutes(5))
                .sign();
        given().auth().oauth2(expired).get("/archetypes").then().statusCode(401);
    }

    @Test
    void wrongIssuerIs401() {
        String foreign = TestTokens.builder(Api.tenant(), "rep-1")
                .group("rep")
                .issuer("https://evil.example")
                .sign();
        given().auth().oauth2(foreign).get("/archetypes").then().statusCode(401);
    }

    @Test
    void tokenWithoutTenantIs401() {
        String noTenant = TestTokens.builder("ignored", "rep-1").group("rep").tenant(null).sign();
        given().auth()
                .oauth2(noTenant)
                .get("/archetypes")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://onme.io/problems/unauthenticated"))
                .body("detail", equalTo("a valid bearer token with a tenant is required"));
    }

    @Test
    void healthMetricsAndOpenApiNeedNoToken() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/metrics").then().statusCode(200);
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/playbooks/suggestions"))
                .body("info.title", equalTo("OnMe playbook-service"));
    }
}
