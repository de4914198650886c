package io.onme.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onme.devstores.JwtTokens;
import io.onme.devstores.testing.TestTokens;
import io.onme.gateway.fakes.Fakes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The gateway verifies the token itself: every bad token is HTTP 401 with a GraphQL-shaped body.
 */
@QuarkusTest
class AuthResourceTest {

    @BeforeEach
    void reset() {
        Fakes.reset();
    }

    @Test
    void missingTokenIsRefused() {
        assertRefused(null);
    }

    @Test
    void aMalformedRequestWithoutTokenIsStillUnauthenticated() {
        given().contentType(ContentType.JSON)
                .body("not json")
                .when()
                .post("/graphql")
                .then()
                .statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        given().queryParam("query", "mutation { x }")
                .when()
                .get("/graphql")
                .then()
                .statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void garbageTokenIsRefused() {
        assertRefused("not-a-jwt");
    }

    @Test
    void expiredTokenIsRefused() {
        assertRefused(
                TestTokens.builder("t-auth", "u")
                        .issuedAt(Instant.now().minus(Duration.ofHours(3)))
                        .lifetime(Duration.ofHours(1))
                        .sign());
    }

    @Test
    void wrongIssuerIsRefused() {
        assertRefused(
                TestTokens.builder("t-auth", "u").issuer("https://someone.else/issuer").sign());
    }

    @Test
    void wrongSignatureIsRefused() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPrivateKey stranger = (RSAPrivateKey) generator.generateKeyPair().getPrivate();
        assertRefused(
                JwtTokens.signedWith(stranger)
                        .issuer(TestTokens.ISSUER)
                        .tenant("t-auth")
                        .subject("u")
                        .group("admin")
                        .sign());
    }

    @Test
    void unsignedTokenIsRefused() {
        String valid = TestTokens.admin("t-auth", "u");
        String header = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        "{\"alg\":\"none\",\"typ\":\"JWT\"}"
                                .getBytes(StandardCharsets.UTF_8));
        assertRefused(header + "." + valid.split("\\.")[1] + ".");
    }

    @Test
    void tokenWithoutTenantIsRefused() {
        assertRefused(TestTokens.builder("ignored", "u").tenant(null).group("rep").sign());
    }

    @Test
    void aTenantThatIsNotAStringOfASaneShapeIsRefused() {
        for (String tid : List.of(
                "42",
                "[\"t-auth\"]",
                "{\"id\":\"t-auth\"}",
                "\"\"",
                "null",
                "\"t auth\"",
                "\"-t-auth\"",
                "\"t\\u0000auth\"",
                "\"" + "t".repeat(65) + "\"")) {
            assertRefused(
                    RawTokens.sign(
                            "{\"iss\":\"${iss}\",\"sub\":\"u\",\"tid\":"
                                    + tid
                                    + ",\"groups\":[\"rep\"],\"iat\":${now},\"exp\":${now+600}}"));
        }
        assertAccepted(TestTokens.rep("t" + "x".repeat(63), "u"));
        assertAccepted(TestTokens.rep("Acme.co_il-2", "u"));
    }

    @Test
    void aTokenWithoutAMemberIdIsRefused() {
        for (String sub : List.of("", "\"sub\":42,", "\"sub\":\" \",")) {
            assertRefused(
                    RawTokens.sign(
                            "{\"iss\":\"${iss}\","
                                    + sub
                                    + "\"tid\":\"t-auth\",\"groups\":[\"rep\"],"
                                    + "\"iat\":${now},\"exp\":${now+600}}"));
        }
    }

    @Test
    void aUserTokenCannotActAsAService() {
        // the services refuse it too (service-support's TokenRules): only their own service tokens
        // act as a service, and the gateway takes none
        assertRefused(TestTokens.builder("t-auth", "u").group("service").sign());
        assertRefused(TestTokens.builder("t-auth", "u").group("rep").group("service").sign());
    }

    @Test
    void aTokenLivingLongerThanADayIsRefused() {
        assertRefused(
                TestTokens.builder("t-auth", "u")
                        .lifetime(Duration.ofHours(24).plusSeconds(1))
                        .sign());
        assertRefused(TestTokens.builder("t-auth", "u").lifetime(Duration.ofDays(36_525)).sign());
        assertAccepted(TestTokens.builder("t-auth", "u").lifetime(Duration.ofHours(24)).sign());
    }

    @Test
    void aTokenIssuedInTheFutureIsRefusedBeyondTheClockSkew() {
        Instant now = Instant.now();
        assertRefused(TestTokens.builder("t-auth", "u").issuedAt(now.plusSeconds(600)).sign());
        assertRefused(TestTokens.builder("t-auth", "u").issuedAt(now.plusSeconds(90)).sign());
        assertAccepted(TestTokens.builder("t-auth", "u").issuedAt(now.plusSeconds(20)).sign());
    }

    @Test
    void withoutAConfiguredAudienceAnyIsAccepted() {
        // onme.jwt.audience is unset in the test profile (ProductionSettingsResourceTest checks it
        // where it is set)
        assertAccepted(TestTokens.builder("t-auth", "u").audience("someone-else").sign());
        assertAccepted(TestTokens.builder("t-auth", "u").audience(null).sign());
    }

    @Test
    void meReportsTenantRolesTeamsAndLanguage() {
        String token = TestTokens.builder("t-me", "yael")
                .name("יעל לוי")
                .locale("he-IL")
                .group("rep")
                .group("coach")
                .team("north")
                .team("south")
                .sign();

        JsonPath me = GraphQL.post(token, "me").then().statusCode(200).extract().jsonPath();

        assertEquals("yael", me.getString("data.me.id"));
        assertEquals("t-me", me.getString("data.me.tenantId"));
        assertEquals("יעל לוי", me.getString("data.me.displayName"));
        assertEquals(List.of("REP", "COACH"), me.getList("data.me.roles"));
        assertEquals(List.of("north", "south"), me.getList("data.me.teams.id"));
        assertEquals("HE", me.getString("data.me.language"));
        assertTrue(Fakes.calls().isEmpty(), "me needs no service");
    }

    static void assertAccepted(String token) {
        given().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .body("{\"query\":\"{ me { id tenantId } }\"}")
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.me.id", equalTo("u"));
    }

    private static void assertRefused(String token) {
        var request = given().contentType(ContentType.JSON)
                .body("{\"query\":\"{ me { id tenantId } }\"}");
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        request.when()
                .post("/graphql")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("data", nullValue());
        assertTrue(Fakes.calls().isEmpty(), "a refused request reaches no service");
    }
}
