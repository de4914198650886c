package io.onme.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.gateway.fakes.Fakes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Each service in turn stopped, slowed or failing: the fields it owns are null with an UNAVAILABLE
 * error whose path names the field, everything else arrives, and the HTTP status is never 500.
 */
@QuarkusTest
class FaultToleranceResourceTest {

    static final String TENANT = "t-faults";
    static final String TOKEN = TestTokens.rep(TENANT, "gal", "team-f");

    @BeforeEach
    void seed() {
        Fakes.reset();
        if (GraphQL.post(TOKEN, "encounterDashboard", "first", 1)
                .jsonPath()
                .getInt("data.encounters.totalCount") == 0) {
            Fakes.seed(TENANT, "gal", "team-f", 6);
        }
        Fakes.reset();
    }

    @AfterEach
    void recover() {
        Fakes.reset();
        // let any breaker that opened close again, so later tests see healthy services
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> GraphQL.post(TOKEN, "encounterDashboard", "first", 6)
                                .jsonPath()
                                .getList("errors") == null);
    }

    @Test
    void scoringDownLeavesAnalysesNullAndTheRestIntact() {
        Fakes.stop("scoring");

        JsonPath body = GraphQL.post(TOKEN, "encounterDashboard", "first", 6)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        List<Map<String, Object>> nodes = body.getList("data.encounters.edges.node");
        assertEquals(6, nodes.size());
        nodes.forEach(
                node -> {
                    assertNull(node.get("analysis"));
                    assertNotNull(node.get("reflection"));
                    assertNotNull(node.get("archetype"));
                    assertEquals(2, ((List<?>) node.get("playbooksUsed")).size());
                    assertTrue(
                            ((List<?>) node.get("suggestedPlaybooks")).size() >= 1,
                            "suggestions fall back to the archetype");
                });
        assertOnlyUnavailable(body, "analysis", 6);
    }

    @Test
    void slowPlaybookServiceCostsOnlyItsFields() {
        Fakes.delay("playbook", 10_000);

        JsonPath body = GraphQL.post(TOKEN, "encounterDashboard", "first", 6)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        List<Map<String, Object>> nodes = body.getList("data.encounters.edges.node");
        assertEquals(6, nodes.size());
        nodes.forEach(
                node -> {
                    assertNotNull(node.get("analysis"));
                    assertNull(node.get("archetype"));
                    assertNull(node.get("playbooksUsed"));
                    assertNull(node.get("suggestedPlaybooks"));
                });
        List<Map<String, Object>> errors = body.getList("errors");
        assertEquals(18, errors.size());
        errors.forEach(
                error -> assertEquals(
                        "UNAVAILABLE", ((Map<?, ?>) error.get("extensions")).get("code")));
    }

    @Test
    void journalDownIsUnavailableNotAServerError() {
        Fakes.stop("journal");

        JsonPath list = GraphQL.post(TOKEN, "encounterDashboard", "first", 6)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertNull(list.get("data"));
        assertEquals("UNAVAILABLE", list.getString("errors[0].extensions.code"));
        assertEquals(List.of("encounters"), list.getList("errors[0].path"));

        JsonPath log = GraphQL.post(
                TOKEN,
                "logEncounter",
                "input",
                EncounterApiResourceTest.hebrewEncounter())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("UNAVAILABLE", log.getString("errors[0].extensions.code"));
        assertEquals(List.of("logEncounter"), log.getList("errors[0].path"));
    }

    @Test
    void serverErrorsOfAServiceAreUnavailableAndReadsAreRetried() {
        Fakes.fail("journal", 503);

        JsonPath body = GraphQL.post(TOKEN, "encounter", "id", "enc-1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertNull(body.get("data.encounter"));
        assertEquals("UNAVAILABLE", body.getString("errors[0].extensions.code"));
        assertEquals(3, Fakes.calls("journal").size(), "a read is tried three times");
    }

    @Test
    void aRefusalTheServiceMeantIsNotRetried() {
        JsonPath body = GraphQL.post(TOKEN, "encounter", "id", "no-such-encounter")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertEquals("NOT_FOUND", body.getString("errors[0].extensions.code"));
        assertEquals(1, Fakes.calls("journal").size(), "a 404 is an answer, not an outage");
    }

    @Test
    void writesAreNeverRetried() {
        Fakes.fail("journal", 503);

        GraphQL.post(TOKEN, "logEncounter", "input", EncounterApiResourceTest.hebrewEncounter())
                .then()
                .statusCode(200);

        assertEquals(1, Fakes.calls("journal").size());
    }

    @Test
    void aFailingServiceOpensTheBreakerAndIsLeftAlone() {
        Fakes.fail("scoring", 500);
        for (int i = 0; i < 6; i++) {
            JsonPath body = GraphQL.post(TOKEN, "analyzeReflection", "text", "ניסיון " + i)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals("UNAVAILABLE", body.getString("errors[0].extensions.code"));
        }
        int before = Fakes.calls("scoring").size();

        JsonPath body = GraphQL.post(TOKEN, "analyzeReflection", "text", "עוד ניסיון")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertEquals("UNAVAILABLE", body.getString("errors[0].extensions.code"));
        assertEquals(
                before, Fakes.calls("scoring").size(), "an open breaker answers without calling");
    }

    private static void assertOnlyUnavailable(JsonPath body, String field, int count) {
        List<Map<String, Object>> errors = body.getList("errors");
        assertEquals(count, errors.size(), body::prettify);
        for (Map<String, Object> error : errors) {
            assertEquals("UNAVAILABLE", ((Map<?, ?>) error.get("extensions")).get("code"));
            List<?> path = (List<?>) error.get("path");
            assertEquals(field, path.get(path.size() - 1));
            assertEquals("encounters", path.get(0));
        }
    }
}
