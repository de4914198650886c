package io.onme.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.onme.devstores.JwtKeys;
import io.onme.devstores.testing.JwtTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The embedded stack's demo sign-in, switched on as the embedded profile does, with the test key
 * pair: it lists the demo users and signs a token the gateway itself accepts, always for the demo
 * tenant.
 */
@QuarkusTest
@TestProfile(DemoSignInResourceTest.Enabled.class)
class DemoSignInResourceTest {

    public static class Enabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(new JwtTestResource().start());
            Path publicKey = Path.of(config.get("mp.jwt.verify.publickey.location"));
            config.put("onme.demo-sign-in.enabled", "true");
            config.put(
                    "onme.demo-sign-in.key-location",
                    publicKey.resolveSibling(JwtKeys.PRIVATE_KEY_FILE).toString());
            return config;
        }
    }

    @Test
    void listsTheDemoUsersWithTheirRolesTeamsAndLanguage() {
        given().accept("application/json")
                .when()
                .get("/demo-sign-in/users")
                .then()
                .statusCode(200)
                .body("id", hasItems("dana", "yossi", "maya", "tom", "avi", "ruth", "noa"))
                .body("find { it.id == 'dana' }.teams", equalTo(List.of("north")))
                .body("find { it.id == 'dana' }.locale", equalTo("he"))
                .body("find { it.id == 'avi' }.roles", equalTo(List.of("coach")));
    }

    @Test
    void theAppIsToldToUseTheDemoSignIn() {
        given().accept("application/json")
                .when()
                .get("/auth-config.json")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("$", aMapWithSize(1))
                .body("mode", equalTo("demo"));
    }

    @Test
    void signsATokenTheGatewayAccepts() {
        JsonPath me = me(token("{\"user\":\"dana\"}"));
        assertNull(me.get("errors"), me.prettify());
        assertEquals("dana", me.getString("data.me.id"));
        assertEquals("Dana Levi", me.getString("data.me.displayName"));
        assertEquals("demo", me.getString("data.me.tenantId"));
        assertEquals(List.of("REP"), me.getList("data.me.roles"));
        assertEquals(List.of("north"), me.getList("data.me.teams.id"));
        assertEquals("HE", me.getString("data.me.language"));

        JsonPath coach = me(token("{\"user\":\"avi\"}"));
        assertEquals(List.of("COACH"), coach.getList("data.me.roles"));
        assertEquals(List.of("north", "south"), coach.getList("data.me.teams.id"));
    }

    @Test
    void theTenantIsAlwaysTheDemoTenant() {
        JsonPath me = me(token("{\"user\":\"maya\",\"tenant\":\"acme\",\"tid\":\"acme\"}"));
        assertEquals("demo", me.getString("data.me.tenantId"), me.prettify());
    }

    @Test
    void anUnknownUserOrABadBodyIsABadRequestProblem() {
        for (String body : new String[] { "{\"user\":\"mallory\"}", "{\"user\":42}", "{}", "not json", "" }) {
            given().contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .post("/demo-sign-in/token")
                    .then()
                    .statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("status", equalTo(400))
                    .body("title", equalTo("Unknown demo user"));
        }
    }

    private static String token(String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/demo-sign-in/token")
                .then()
                .statusCode(200)
                .extract()
                .path("token");
    }

    private static JsonPath me(String token) {
        return given().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "query",
                                "{ me { id displayName tenantId roles language teams { id } } }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
