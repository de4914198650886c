package io.onme.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The served schema must equal the checked-in SDL ({@code docs/schema.graphql}), so every change of
 * the public contract shows in review. The served copy is always written to {@code
 * target/served-schema.graphql}.
 */
@QuarkusTest
class SchemaContractResourceTest {

    static final Path CHECKED_IN = Path.of("..", "docs", "schema.graphql");
    static final Path SERVED = Path.of("target", "served-schema.graphql");

    @Test
    void servedSchemaEqualsTheCheckedInCopy() throws IOException {
        String served = given().header("Authorization", "Bearer " + TestTokens.rep("t-schema", "u"))
                .when()
                .get("/graphql/schema.graphql")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Files.writeString(SERVED, served, StandardCharsets.UTF_8);

        assertTrue(
                Files.exists(CHECKED_IN),
                "no checked-in schema at "
                        + CHECKED_IN.toAbsolutePath()
                        + "; create it with: cp gateway/target/served-schema.graphql docs/schema.graphql");
        assertEquals(
                Files.readString(CHECKED_IN, StandardCharsets.UTF_8),
                served,
                "The served GraphQL schema differs from docs/schema.graphql. If the change is intended, run "
                        + "./mvnw -o -pl gateway verify -Dtest=SchemaContractResourceTest, then "
                        + "cp gateway/target/served-schema.graphql docs/schema.graphql and commit it.");
    }
}
