package io.onme.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The gateway takes service-support for what every module shares, not for the REST services'
 * security and filters: a service-token mechanism, identity provider or token augmentor from it
 * would change who the gateway lets in. A bean added to service-support fails this test until the
 * gateway decides (application.properties, {@code quarkus.arc.exclude-types}).
 */
@QuarkusTest
class SupportBeansResourceTest {

    @Test
    void theGatewayRunsOnlyTheSharedBeansOfServiceSupport() {
        Set<String> support = new TreeSet<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            String name = bean.getBeanClass().getName();
            if (name.startsWith("io.onme.support.")) {
                support.add(name);
            }
        }
        assertEquals(
                Set.of(
                        "io.onme.support.RequestDurationHistogram",
                        "io.onme.support.RequestIdSpans",
                        "io.onme.support.RequestIds",
                        // the onme.jwt.* settings CachingJwtParser applies the token rules with
                        "io.onme.support.TokenRules$Config"),
                support);
    }

    @Test
    void theServicesProblemDetailsAreNotInTheGatewaysOpenApi() {
        // the gateway answers in GraphQL errors; service-support's OpenAPI filter is the services'
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("components.schemas.Problem", nullValue());
    }
}
