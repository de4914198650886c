package io.onme.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.JwtTestResource;
import io.onme.devstores.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The gateway as production configures it (the base profile of application.properties, not %test):
 * introspection refused, GraphiQL absent, everything else served. The other tests run with
 * introspection and the UI on, as the embedded mode has them.
 */
@QuarkusTest
@TestProfile(ProductionSettingsResourceTest.Production.class)
class ProductionSettingsResourceTest {

    /** The prod profile, with only the test resources' addresses and keys added. */
    public static class Production implements QuarkusTestProfile {

        @Override
        public String getConfigProfile() {
            return "prod";
        }

        /**
         * JwtTestResource's key and issuer, given here already (as %test names placeholders): with
         * no key location at build time, Quarkus would generate an in-memory key pair that takes
         * precedence over the test key.
         */
        @Override
        public Map<String, String> getConfigOverrides() {
            return new JwtTestResource().start();
        }
    }

    static final String TOKEN = TestTokens.rep("t-prod", "u", "team-p");

    @Test
    void introspectionIsRefusedAsForbidden() {
        for (String query : new String[] {
                "{ __schema { types { name } } }", "{ __type(name: \"Encounter\") { name } }"
        }) {
            JsonPath body = post(query);
            assertNull(body.get("data.__schema"), body.prettify());
            assertNull(body.get("data.__type"), body.prettify());
            assertEquals("FORBIDDEN", body.getString("errors[0].extensions.code"), body.prettify());
        }
    }

    @Test
    void ordinaryQueriesAndTypenameAreAnswered() {
        JsonPath body = post("{ __typename me { tenantId } }");
        assertNull(body.get("errors"), body.prettify());
        assertEquals("Query", body.getString("data.__typename"));
        assertEquals("t-prod", body.getString("data.me.tenantId"));
    }

    @Test
    void theAudienceIsCheckedInProduction() {
        for (String token : new String[] {
                TestTokens.builder("t-prod", "u").audience(null).sign(),
                TestTokens.builder("t-prod", "u").audience("another-api").sign()
        }) {
            given().header("Authorization", "Bearer " + token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("query", "{ me { id } }"))
                    .when()
                    .post("/graphql")
                    .then()
                    .statusCode(401)
                    .body(
                            "errors[0].extensions.code",
                            org.hamcrest.Matchers.equalTo("UNAUTHENTICATED"));
        }
        assertEquals(
                "t-prod",
                post("{ me { tenantId } }").getString("data.me.tenantId"),
                "aud: onme is accepted");
    }

    @Test
    void theDemoSignInDoesNotExist() {
        given().when().get("/demo-sign-in/users").then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body("{\"user\":\"dana\"}")
                .when()
                .post("/demo-sign-in/token")
                .then()
                .statusCode(
                        org.hamcrest.Matchers.oneOf(
                                404, 405)); // 405: the static-resource route takes GET only
    }

    @Test
    void theUiIsAbsentButTheSdlIsServed() {
        given().when().get("/q/graphql-ui/").then().statusCode(404);
        String sdl = given().header("Authorization", "Bearer " + TOKEN)
                .when()
                .get("/graphql/schema.graphql")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(sdl.contains("type Encounter"), sdl);
    }

    private static JsonPath post(String query) {
        return given().header("Authorization", "Bearer " + TOKEN)
                .contentType(ContentType.JSON)
                .body(Map.of("query", query))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
