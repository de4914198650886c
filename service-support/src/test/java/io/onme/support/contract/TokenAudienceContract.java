package io.onme.support.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.specification.RequestSpecification;

/**
 * With an audience configured (as production is, "onme"), a token must name it in {@code aud}. Each
 * service runs it in a {@code @QuarkusTest} under {@code @TestProfile(WithAudience.class)}.
 */
public abstract class TokenAudienceContract {

    /** A GET that rep {@code rep-1} of any tenant is answered 200 on, e.g. {@code /archetypes}. */
    protected abstract String memberReadPath();

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    public static class WithAudience implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("onme.jwt.audience", "onme");
        }
    }

    @Test
    void aTokenForAnotherAudienceOrNoneIsRefused() {
        for (String token : new String[] {
                TestTokens.builder("acme", "rep-1")
                        .group("rep")
                        .audience("scoring-service")
                        .sign(),
                TestTokens.builder("acme", "rep-1").group("rep").audience(null).sign(),
                TestTokens.builder("acme", "rep-1")
                        .group("rep")
                        .rawClaim("aud", "[\"other\",\"more\"]")
                        .sign()
        }) {
            as(token)
                    .get(memberReadPath())
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://onme.io/problems/unauthenticated"));
        }
    }

    @Test
    void aTokenForThisAudienceIsAccepted() {
        as(TestTokens.rep("acme", "rep-1")).get(memberReadPath()).then().statusCode(200);
        as(TestTokens.builder("acme", "rep-1")
                .group("rep")
                .rawClaim("aud", "[\"other\",\"onme\"]")
                .sign())
                .get(memberReadPath())
                .then()
                .statusCode(200);
    }
}
