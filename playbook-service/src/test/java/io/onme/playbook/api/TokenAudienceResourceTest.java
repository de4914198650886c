package io.onme.playbook.api;

import static io.onme.playbook.api.Api.as;
import static org.hamcrest.Matchers.equalTo;

import io.onme.devstores.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With an audience configured (as production is, "onme"), a token must name it in {@code aud}. */
@QuarkusTest
@TestProfile(TokenAudienceResourceTest.WithAudience.class)
class TokenAudienceResourceTest {

    public static class WithAudience implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("onme.jwt.audience", "onme");
        }
    }

    @Test
    void aTokenForAnotherAudienceOrNoneIsRefused() {
        for (String token :
                new String[] {
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
                    .get("/archetypes")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://onme.io/problems/unauthenticated"));
        }
    }

    @Test
    void aTokenForThisAudienceIsAccepted() {
        as(TestTokens.rep("acme", "rep-1")).get("/archetypes").then().statusCode(200);
        as(TestTokens.builder("acme", "rep-1")
                        .group("rep")
                        .rawClaim("aud", "[\"other\",\"onme\"]")
                        .sign())
                .get("/archetypes")
                .then()
                .statusCode(200);
    }
}
