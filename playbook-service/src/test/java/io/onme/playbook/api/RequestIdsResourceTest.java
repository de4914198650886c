package io.onme.playbook.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Every answer names its request id: the caller's when it is a plain token, a fresh UUID otherwise.
 */
@QuarkusTest
class RequestIdsResourceTest {

    private static final String UUID =
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void aCallersIdIsKeptAndEchoed() {
        given().header("X-Request-Id", "gw-7f3a.2:1")
                .get("/q/health/live")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "gw-7f3a.2:1");
    }

    @Test
    void aMissingOrUnsafeIdIsReplacedByAFreshOne() {
        String first =
                given().get("/q/health/live")
                        .then()
                        .statusCode(200)
                        .header("X-Request-Id", matchesPattern(UUID))
                        .extract()
                        .header("X-Request-Id");
        given().get("/q/health/live").then().header("X-Request-Id", not(equalTo(first)));
        given().header("X-Request-Id", "two words <b>")
                .get("/q/health/live")
                .then()
                .header("X-Request-Id", matchesPattern(UUID));
        given().header("X-Request-Id", "x".repeat(65))
                .get("/q/health/live")
                .then()
                .header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void refusalsCarryTheIdToo() {
        given().header("X-Request-Id", "refused-1")
                .get("/archetypes")
                .then()
                .statusCode(401)
                .header("X-Request-Id", "refused-1");
    }
}
