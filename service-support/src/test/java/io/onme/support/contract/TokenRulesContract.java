package io.onme.support.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.onme.devstores.testing.TestTokens;
import io.restassured.specification.RequestSpecification;

/**
 * The token rules of {@code io.onme.support.TokenRules}, the same in every service: {@code tid} a
 * tenant id string, a bounded lifetime, no {@code iat} in the future beyond the clock skew; each
 * broken rule the same 401 problem. Part of {@link ServiceContract}; each service names a GET its
 * rep {@code rep-1} of any tenant may make. (The audience: each service's
 * TokenAudienceResourceTest.)
 */
public abstract class TokenRulesContract {

    /** A GET that rep {@code rep-1} of any tenant is answered 200 on, e.g. {@code /archetypes}. */
    protected abstract String memberReadPath();

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private void refused(String token) {
        as(token)
                .get(memberReadPath())
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://onme.io/problems/unauthenticated"))
                .body("detail", equalTo("a valid bearer token with a tenant is required"));
    }

    @ParameterizedTest(name = "tid {0}")
    @ValueSource(strings = {
            "123",
            "1.5",
            "true",
            "null",
            "[\"acme\"]",
            "{\"id\":\"acme\"}",
            "\"\"",
            "\" \"",
            "\"-acme\"",
            "\"acme corp\"",
            "\"acme/x\"",
            "\"a\\u0000b\"",
            "\"חברה\"",
            "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\""
    })
    void aTidThatIsNotATenantIdIsRefused(String tid) {
        refused(TestTokens.builder(null, "rep-1").rawClaim("tid", tid).group("rep").sign());
    }

    @Test
    void aTenantIdOfEveryAllowedShapeIsAccepted() {
        for (String tid : new String[] { "a", "Acme-2.north_1", "0" + "a".repeat(63) }) {
            as(TestTokens.rep(tid, "rep-1")).get(memberReadPath()).then().statusCode(200);
        }
    }

    @ParameterizedTest(name = "sub {0}")
    @ValueSource(strings = { "42", "[\"rep-1\"]", "{}", "\"\"" })
    void aSubThatIsNotAStringIsRefused(String sub) {
        refused(
                TestTokens.builder("acme", "rep-1")
                        .rawClaim("sub", sub)
                        .rawClaim("upn", sub)
                        .group("rep")
                        .sign());
    }

    @Test
    void aTokenWithoutTidIsRefused() {
        refused(TestTokens.builder(null, "rep-1").group("rep").sign());
    }

    @Test
    void aTokenLivingLongerThanTheMaximumIsRefused() {
        refused(
                TestTokens.builder("acme", "rep-1")
                        .group("rep")
                        .lifetime(Duration.ofDays(365L * 100))
                        .sign());
        refused(
                TestTokens.builder("acme", "rep-1")
                        .group("rep")
                        .lifetime(Duration.ofHours(24).plusSeconds(1))
                        .sign());
        as(TestTokens.builder("acme", "rep-1").group("rep").lifetime(Duration.ofHours(24)).sign())
                .get(memberReadPath())
                .then()
                .statusCode(200);
    }

    @Test
    void anIatInTheFutureBeyondTheClockSkewIsRefused() {
        Instant now = Instant.now();
        refused(
                TestTokens.builder("acme", "rep-1")
                        .group("rep")
                        .issuedAt(now.plusSeconds(300))
                        .sign());
        // within the skew (60 s): a clock slightly ahead is tolerated
        as(TestTokens.builder("acme", "rep-1").group("rep").issuedAt(now.plusSeconds(20)).sign())
                .get(memberReadPath())
                .then()
                .statusCode(200);
    }

    @Test
    void aTokenWithoutIatIsRefused() {
        refused(
                TestTokens.builder("acme", "rep-1")
                        .group("rep")
                        .rawClaim("iat", "\"yesterday\"")
                        .sign());
    }

    @Test
    void noAudienceIsRequiredWhereNoneIsConfigured() {
        as(TestTokens.builder("acme", "rep-1").group("rep").audience(null).sign())
                .get(memberReadPath())
                .then()
                .statusCode(200);
        as(TestTokens.builder("acme", "rep-1").group("rep").audience("other").sign())
                .get(memberReadPath())
                .then()
                .statusCode(200);
    }
}
