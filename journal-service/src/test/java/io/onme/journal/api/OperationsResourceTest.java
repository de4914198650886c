package io.onme.journal.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Health (with the store), metrics and OpenAPI answer without a token. */
@QuarkusTest
class OperationsResourceTest {

    @Test
    void readinessIncludesMongo() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("MongoDB")));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void metricsAndOpenApiArePublic() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
        // the relay's backlog gauge, registered once the relay has run
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> given().get("/q/metrics")
                                .asString()
                                .contains("journal_outbox_queued"));
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(containsString("/encounters/{id}"));
    }
}
