package io.onme.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.gateway.fakes.Fakes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * One request id follows a GraphQL request: echoed to the client and sent to every service it
 * calls.
 */
@QuarkusTest
class RequestIdsResourceTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String TENANT = "t-request-ids";

    @BeforeEach
    void seed() {
        Fakes.reset();
        if (GraphQL.post(
                TestTokens.rep(TENANT, "noa", "team-r"),
                "encountersWithAnalysis",
                "first",
                1)
                .jsonPath()
                .getInt("data.encounters.totalCount") == 0) {
            Fakes.seed(TENANT, "noa", "team-r", 2);
        }
        Fakes.reset();
    }

    @Test
    void theCallersIdReachesEveryService() {
        Response response = dashboard("web-7f3a.2");

        response.then().statusCode(200).header("X-Request-Id", "web-7f3a.2");
        List<Fakes.Call> calls = Fakes.calls();
        assertTrue(calls.size() >= 2, calls::toString);
        assertEquals(
                List.of("web-7f3a.2"),
                calls.stream().map(Fakes.Call::requestId).distinct().toList());
    }

    @Test
    void withoutOneTheGatewayMakesOneAndSendsIt() {
        Response response = dashboard(null);

        String id = response.then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID))
                .extract()
                .header("X-Request-Id");
        assertEquals(
                List.of(id), Fakes.calls().stream().map(Fakes.Call::requestId).distinct().toList());
    }

    @Test
    void refusalsCarryTheIdToo() {
        given().contentType(ContentType.JSON)
                .header("X-Request-Id", "refused-1")
                .body(Map.of("query", "{ me { id } }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(401)
                .header("X-Request-Id", "refused-1");
    }

    private static Response dashboard(String requestId) {
        var request = given().contentType(ContentType.JSON)
                .header(
                        "Authorization",
                        "Bearer " + TestTokens.rep(TENANT, "noa", "team-r"))
                .body(
                        Map.of(
                                "query",
                                GraphQL.document("encountersWithAnalysis"),
                                "variables",
                                Map.of("first", 5)));
        if (requestId != null) {
            request = request.header("X-Request-Id", requestId);
        }
        return request.when().post("/graphql").then().extract().response();
    }
}
