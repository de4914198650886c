package io.onme.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The gateway serves the web app (module web) on the same origin as /graphql: its files at /, its
 * client-side routes on reload, and nothing of the app where an API path, an asset or the demo
 * sign-in is asked for. The demo sign-in is off unless configured (it is in the embedded profile
 * only): here its paths do not exist.
 */
@QuarkusTest
class WebAppResourceTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void theAppIsServedAtTheRoot() {
        given().accept(BROWSER_ACCEPT)
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<div id=\"root\">"));
        given().when()
                .get("/manifest.webmanifest")
                .then()
                .statusCode(200)
                .body(containsString("\"OnMe\""));
        given().when().get("/sw.js").then().statusCode(200);
    }

    @Test
    void theAppsFilesAreCompressedButApiAnswersAreNot() {
        given().accept(BROWSER_ACCEPT)
                .header("Accept-Encoding", "gzip")
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .header("Content-Encoding", equalTo("gzip"));
        given().header("Accept-Encoding", "gzip")
                .when()
                .get("/q/health/live")
                .then()
                .statusCode(200)
                .header("Content-Encoding", nullValue());
    }

    @Test
    void builtAssetsAreCachedForGoodAndTheShellIsNot() {
        String html = given().accept(BROWSER_ACCEPT)
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        java.util.regex.Matcher asset = java.util.regex.Pattern.compile("/assets/[^\"]+\\.js").matcher(html);
        org.junit.jupiter.api.Assertions.assertTrue(asset.find(), html);
        given().when()
                .get(asset.group())
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("immutable"));
        given().accept(BROWSER_ACCEPT)
                .when()
                .get("/")
                .then()
                .header("Cache-Control", equalTo("no-cache"));
        given().when().get("/sw.js").then().header("Cache-Control", equalTo("no-cache"));
    }

    @Test
    void aClientSideRouteReloadedInTheBrowserGetsTheApp() {
        for (String path : new String[] { "/journal", "/encounters/42", "/playbooks/p-1/edit", "/reps/dana" }) {
            given().accept(BROWSER_ACCEPT)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .contentType(startsWith("text/html"))
                    .body(containsString("<div id=\"root\">"));
        }
    }

    @Test
    void missingFilesAndNonPageRequestsStayNotFound() {
        given().accept(BROWSER_ACCEPT).when().get("/assets/missing-123.js").then().statusCode(404);
        given().accept("application/json").when().get("/journal").then().statusCode(404);
        given().accept(BROWSER_ACCEPT).when().get("/q/nothing-here").then().statusCode(404);
    }

    @Test
    void theApiIsUnchanged() {
        given().accept(BROWSER_ACCEPT)
                .when()
                .get("/graphql")
                .then()
                .statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        given().accept(BROWSER_ACCEPT).when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void withNeitherAnIssuerNorTheDemoSignInTheAppIsToldNobodyCanSignIn() {
        given().when()
                .get("/auth-config.json")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("mode", equalTo("none"))
                .body("issuer", nullValue());
    }

    @Test
    void theDemoSignInDoesNotExistUnlessEnabled() {
        given().accept(BROWSER_ACCEPT).when().get("/demo-sign-in/users").then().statusCode(404);
        given().accept("application/json").when().get("/demo-sign-in/users").then().statusCode(404);
        // a POST to a path nobody serves: Quarkus's static-resource route (GET and HEAD only)
        // answers 405
        given().contentType("application/json")
                .body("{\"user\":\"dana\"}")
                .when()
                .post("/demo-sign-in/token")
                .then()
                .statusCode(anyOf(equalTo(404), equalTo(405)));
    }
}
