package io.onme.scoring.api;

import static io.onme.scoring.support.Encounters.encounter;
import static io.onme.scoring.support.Encounters.newTenant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Tenant phrases: admin-only, stored per tenant, applied by the analyser of that tenant only. */
@QuarkusTest
class TenantPhraseResourceTest {

    private static final String TEXT = "Honestly the gremlin squad sat on the order for two weeks.";
    private static final String RULE = "tenant:gremlin squad";

    private static Map<String, Object> phrase(
            String text, String language, String stance, String target) {
        java.util.HashMap<String, Object> body = new java.util.HashMap<>();
        body.put("phrase", text);
        body.put("language", language);
        body.put("stance", stance);
        body.put("target", target);
        return body;
    }

    private static String add(String admin, Map<String, Object> body) {
        return given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/tenant-phrases")
                .then()
                .statusCode(201)
                .body("id", notNullValue())
                .extract()
                .path("id");
    }

    private static io.restassured.response.ValidatableResponse analyse(String token) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("text", TEXT, "language", "EN"))
                .when()
                .post("/analyses")
                .then()
                .statusCode(200);
    }

    @Test
    void aPhraseAppliesInItsTenantOnlyAndUntilDeleted() {
        String tenant = newTenant();
        String other = newTenant();
        String admin = TestTokens.admin(tenant, "root");
        analyse(TestTokens.rep(tenant, "ann")).body("evidence.rule", not(hasItem(RULE)));

        String id = add(admin, phrase("gremlin squad", "en", "BLAME", "OPERATIONS"));
        given().auth()
                .oauth2(admin)
                .when()
                .get("/tenant-phrases")
                .then()
                .statusCode(200)
                .body("phrase", contains("gremlin squad"))
                .body("[0].language", equalTo("EN"))
                .body("[0].target", equalTo("OPERATIONS"))
                .body("[0].createdBy", equalTo("root"));

        analyse(TestTokens.rep(tenant, "ann"))
                .body("evidence.rule", hasItem(RULE))
                .body("blameTargets", hasItem("OPERATIONS"));
        // the other tenant's analyser does not know the phrase
        analyse(TestTokens.rep(other, "ann")).body("evidence.rule", not(hasItem(RULE)));
        given().auth()
                .oauth2(TestTokens.admin(other, "root"))
                .when()
                .get("/tenant-phrases")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));

        // score facts use the tenant's phrases too
        encounter("ann", "north").reflection(TEXT).store(tenant, "enc-1");
        // (as ann reads it: an admin sees it once the reading is released)
        given().auth()
                .oauth2(TestTokens.rep(tenant, "ann", "north"))
                .when()
                .get("/scores/batch?encounterId=enc-1")
                .then()
                .statusCode(200)
                .body("[0].analysis.evidence.rule", hasItem(RULE));

        // another tenant cannot delete it; its admin can, and the analyser forgets it at once
        given().auth()
                .oauth2(TestTokens.admin(other, "root"))
                .when()
                .delete("/tenant-phrases/{id}", id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(admin)
                .when()
                .delete("/tenant-phrases/{id}", id)
                .then()
                .statusCode(204);
        analyse(TestTokens.rep(tenant, "ann")).body("evidence.rule", not(hasItem(RULE)));
        given().auth()
                .oauth2(admin)
                .when()
                .delete("/tenant-phrases/{id}", id)
                .then()
                .statusCode(404);
    }

    @Test
    void hebrewPhrasesAreStoredExactly() {
        String admin = TestTokens.admin(newTenant(), "root");
        add(admin, phrase("מחלקת הרכש", "HE", "BLAME", "OPERATIONS"));
        given().auth()
                .oauth2(admin)
                .when()
                .get("/tenant-phrases")
                .then()
                .statusCode(200)
                .body("[0].phrase", equalTo("מחלקת הרכש"))
                .body("[0].language", equalTo("HE"));
    }

    @Test
    void onlyAdminsManagePhrases() {
        String tenant = newTenant();
        for (String token : List.of(
                TestTokens.rep(tenant, "ann"),
                TestTokens.coach(tenant, "carol", "north"))) {
            given().auth().oauth2(token).when().get("/tenant-phrases").then().statusCode(404);
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(phrase("gremlin squad", "EN", "BLAME", "OPERATIONS"))
                    .when()
                    .post("/tenant-phrases")
                    .then()
                    .statusCode(404);
        }
        // a service token is accepted on PUT/DELETE /scores only
        given().auth()
                .oauth2(TestTokens.service(tenant, "service-a").sign())
                .when()
                .get("/tenant-phrases")
                .then()
                .statusCode(401);
        given().when()
                .get("/tenant-phrases")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void invalidOrDuplicatePhrasesAreProblems() {
        String admin = TestTokens.admin(newTenant(), "root");
        add(admin, phrase("gremlin squad", "EN", "BLAME", "OPERATIONS"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(phrase("Gremlin Squad", "en", "BLAME", "OPERATIONS"))
                .when()
                .post("/tenant-phrases")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(phrase(" ", "EN", "BLAME", null))
                .when()
                .post("/tenant-phrases")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("phrase"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(phrase("on it", "EN", "OWNERSHIP", "PRICE"))
                .when()
                .post("/tenant-phrases")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("target"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(phrase("on it", "FR", "OWNERSHIP", null))
                .when()
                .post("/tenant-phrases")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("language"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(phrase("on it", "EN", "PROUD", null))
                .when()
                .post("/tenant-phrases")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("stance"));
        given().auth()
                .oauth2(admin)
                .when()
                .delete("/tenant-phrases/not-a-uuid")
                .then()
                .statusCode(404);
    }
}
