package io.onme.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With an identity provider configured for the web app ({@code onme.web.oidc.issuer}, as the
 * launcher sets it with {@code --idp keycloak}), {@code /auth-config.json} sends the app to it, and
 * the demo sign-in is off even though the profile enables it: its tokens would be refused.
 */
@QuarkusTest
@TestProfile(WebSignInOidcResourceTest.WithIssuer.class)
class WebSignInOidcResourceTest {

    static final String ISSUER = "http://localhost:8180/realms/onme";

    public static class WithIssuer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(new DemoSignInResourceTest.Enabled().getConfigOverrides());
            config.put("onme.web.oidc.issuer", ISSUER);
            return config;
        }
    }

    @Test
    void theAppIsToldToSignInAtTheIssuerWithThePublicClient() {
        given().accept("application/json")
                .when()
                .get("/auth-config.json")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .header("Cache-Control", equalTo("no-cache"))
                .body("$", aMapWithSize(4))
                .body("mode", equalTo("oidc"))
                .body("issuer", equalTo(ISSUER))
                .body("clientId", equalTo("onme-web"))
                .body("scope", equalTo("openid"));
    }

    @Test
    void aTokenChangesNothingInTheDocument() {
        given().header("Authorization", "Bearer " + TestTokens.rep("acme", "dana"))
                .when()
                .get("/auth-config.json")
                .then()
                .statusCode(200)
                .body("mode", equalTo("oidc"));
    }

    @Test
    void theDemoSignInIsOffThoughTheProfileEnablesIt() {
        given().accept("application/json").when().get("/demo-sign-in/users").then().statusCode(404);
    }
}
