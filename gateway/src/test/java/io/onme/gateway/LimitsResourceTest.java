package io.onme.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.gateway.fakes.Fakes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Depth, complexity, aliases, request size, page size, GET for queries only: each refusal with a
 * code.
 */
@QuarkusTest
class LimitsResourceTest {

    static final String TOKEN = TestTokens.rep("t-limits", "u", "team-l");

    @BeforeEach
    void reset() {
        Fakes.reset();
    }

    @Test
    void tooDeepIsRefused() {
        assertRefused(
                GraphQL.post(TOKEN, "tooDeep").then().statusCode(200).extract().jsonPath(),
                "depth");
    }

    @Test
    void tooComplexIsRefusedBeforeAnyServiceIsCalled() {
        assertRefused(
                GraphQL.post(TOKEN, "tooComplex").then().statusCode(200).extract().jsonPath(),
                "complexity");
        assertTrue(Fakes.calls().isEmpty());
    }

    @Test
    void tooManyAliasesAreRefused() {
        assertRefused(
                GraphQL.post(TOKEN, "tooManyAliases").then().statusCode(200).extract().jsonPath(),
                "aliases");
    }

    @Test
    void anOversizedRequestIsRefused() {
        String padding = "#".repeat(70 * 1024);
        given().header("Authorization", "Bearer " + TOKEN)
                .contentType(ContentType.JSON)
                .body(Map.of("query", "{ me { id } }\n" + padding))
                .when()
                .post("/graphql")
                .then()
                .statusCode(413);
    }

    @Test
    void queriesMayUseGetButMutationsMayNot() {
        JsonPath query = given().header("Authorization", "Bearer " + TOKEN)
                .queryParam("query", GraphQL.document("meOverGet"))
                .when()
                .get("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("t-limits", query.getString("data.me.tenantId"));

        JsonPath mutation = given().header("Authorization", "Bearer " + TOKEN)
                .queryParam("query", GraphQL.document("mutationOverGet"))
                .when()
                .get("/graphql")
                .then()
                .statusCode(405)
                .header("Allow", "POST")
                .extract()
                .jsonPath();
        assertNull(mutation.get("data"));
        assertEquals("BAD_USER_INPUT", mutation.getString("errors[0].extensions.code"));
        assertTrue(mutation.getString("errors[0].message").contains("POST"));
        assertTrue(Fakes.calls().isEmpty(), "the mutation never reached the journal");
    }

    private static void assertRefused(JsonPath body, String what) {
        assertNull(body.get("data"), body.prettify());
        assertEquals(
                "BAD_USER_INPUT", body.getString("errors[0].extensions.code"), body.prettify());
        assertTrue(
                body.getString("errors[0].message").toLowerCase().contains(what.substring(0, 5)),
                body.getString("errors[0].message"));
    }
}
