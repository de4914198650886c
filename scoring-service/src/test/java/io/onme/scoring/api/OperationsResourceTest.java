package io.onme.scoring.api;

import static io.onme.scoring.support.Encounters.encounter;
import static io.onme.scoring.support.Encounters.newTenant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Health (with the database), metrics and OpenAPI answer without a token. */
@QuarkusTest
class OperationsResourceTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void prometheusMetricsAndOpenApiArePublic() {
        encounter("rep-1", "team-1").store(newTenant(), "enc-metrics");
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("onme_score_upserts_total{result=\"written\"}"));
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/scores/{encounterId}"));
    }

    @Test
    void unknownPathsAreProblemsToo() {
        given().auth()
                .oauth2(io.onme.devstores.testing.TestTokens.admin("t", "root"))
                .when()
                .get("/nothing-here")
                .then()
                .statusCode(404);
    }
}
