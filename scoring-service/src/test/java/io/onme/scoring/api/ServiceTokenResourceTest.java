package io.onme.scoring.api;

import static io.onme.scoring.support.Encounters.encounter;
import static io.onme.scoring.support.Encounters.newTenant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.scoring.support.Encounters;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Service tokens: journal-service's own issuer, audience scoring-service, a kid choosing a key of
 * the service JWKS (here two keys); accepted on PUT/DELETE /scores only, never as a user's token,
 * and a user token never as a service's.
 */
@QuarkusTest
class ServiceTokenResourceTest {

    private final String tenant = newTenant();

    private static ValidatableResponse put(String token, String encounterId) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(encounter("rep-1", "t1").body())
                .when()
                .put("/scores/{id}", encounterId)
                .then();
    }

    private static void refused(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://onme.io/problems/unauthenticated"));
    }

    @Test
    void eitherKeyOfTheServiceJwksIsAcceptedByItsKid() {
        put(TestTokens.service(tenant, "service-a").sign(), "enc-a")
                .statusCode(200)
                .body("encounterId", equalTo("enc-a"));
        put(TestTokens.service(tenant, "service-b").sign(), "enc-b")
                .statusCode(200)
                .body("encounterId", equalTo("enc-b"));
        given().auth()
                .oauth2(TestTokens.service(tenant, "service-b").sign())
                .when()
                .delete("/scores/{id}", "enc-a")
                .then()
                .statusCode(204);
    }

    @Test
    void aKeyOutsideTheJwksAWrongKidOrNoKidIsRefused() {
        refused(put(TestTokens.service(tenant, "service-x").sign(), "enc-x"));
        // signed by key a, but naming key b
        String kidOfB = TestTokens.service(tenant, "service-b").sign().split("\\.")[0];
        String signedByA = TestTokens.service(tenant, "service-a").sign();
        String mismatched = kidOfB + signedByA.substring(signedByA.indexOf('.'));
        refused(put(mismatched, "enc-x"));
        refused(put(TestTokens.service(tenant, "service-a").keyId(null).sign(), "enc-x"));
    }

    @Test
    void anotherAudienceIssuerOrALongLifeIsRefused() {
        refused(put(TestTokens.service(tenant, "service-a").audience("onme").sign(), "enc-x"));
        refused(put(TestTokens.service(tenant, "service-a").audience(null).sign(), "enc-x"));
        // signed with a service key but under the identity provider's issuer: not a user token
        // either
        refused(
                put(
                        TestTokens.service(tenant, "service-a").issuer(TestTokens.ISSUER).sign(),
                        "enc-x"));
        refused(
                put(
                        TestTokens.service(tenant, "service-a")
                                .lifetime(Duration.ofHours(1))
                                .sign(),
                        "enc-x"));
        refused(
                put(
                        TestTokens.service(tenant, "service-a")
                                .issuedAt(Instant.now().plusSeconds(600))
                                .sign(),
                        "enc-x"));
        refused(put(TestTokens.service(tenant, "service-a").rawClaim("tid", "42").sign(), "enc-x"));
    }

    @Test
    void aServiceTokenIsNeverAUsersToken() {
        String service = TestTokens.service(tenant, "service-a").sign();
        refused(
                given().auth()
                        .oauth2(service)
                        .when()
                        .get("/scores/batch?encounterId=enc-1")
                        .then());
        refused(given().auth().oauth2(service).when().get("/profiles/rep-1").then());
        refused(
                given().auth()
                        .oauth2(service)
                        .contentType(ContentType.JSON)
                        .body("{\"text\":\"on me\"}")
                        .when()
                        .post("/analyses")
                        .then());
        refused(given().auth().oauth2(service).when().post("/admin/rescore").then());
    }

    @Test
    void aUserTokenIsNeverAServiceToken() {
        // signed by the identity provider's key and claiming the service group: refused outright
        String claimsService = TestTokens.builder(tenant, "svc:journal-service").group("service").sign();
        refused(put(claimsService, "enc-u"));
        refused(
                given().auth()
                        .oauth2(claimsService)
                        .when()
                        .get("/scores/batch?encounterId=enc-u")
                        .then());
        // a plain user token on a service endpoint: not found, as for anything a caller may not see
        put(TestTokens.admin(tenant, "admin-1"), "enc-u").statusCode(404);
        given().auth()
                .oauth2(TestTokens.admin(tenant, "admin-1"))
                .when()
                .delete("/scores/{id}", "enc-u")
                .then()
                .statusCode(404);
        // nothing was written
        given().auth()
                .oauth2(TestTokens.admin(tenant, "admin-1"))
                .when()
                .get("/scores/batch?encounterId=enc-u")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        Encounters.encounter("rep-1", "t1").store(tenant, "enc-ok");
    }
}
