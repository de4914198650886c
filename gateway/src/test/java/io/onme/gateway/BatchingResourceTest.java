package io.onme.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.gateway.fakes.Fakes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * No N+1: a 50-encounter dashboard page with every nested field costs at most one call per service
 * per level of the query, however many encounters and playbooks it shows.
 */
@QuarkusTest
class BatchingResourceTest {

    @BeforeEach
    void reset() {
        Fakes.reset();
    }

    @Test
    void fiftyEncountersWithEveryNestedFieldCostOneCallPerServicePerLevel() {
        String tenant = "t-batch";
        Fakes.seed(tenant, "lior", "team-b", 60);
        Fakes.reset();
        String token = TestTokens.rep(tenant, "lior", "team-b");

        JsonPath page = GraphQL.post(token, "encountersEverything", "first", 50)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertNull(page.getList("errors"), () -> page.prettify());
        assertEquals(50, page.getList("data.encounters.edges").size());
        List<Map<String, Object>> nodes = page.getList("data.encounters.edges.node");
        for (Map<String, Object> node : nodes) {
            assertNotNull(node.get("analysis"));
            assertNotNull(node.get("archetype"));
            assertEquals(2, ((List<?>) node.get("playbooksUsed")).size());
            assertTrue(((List<?>) node.get("suggestedPlaybooks")).size() >= 1);
        }
        // a price blame suggests the price-focused playbook first
        Map<String, Object> blamed = nodes.stream()
                .filter(
                        node -> ((Map<?, ?>) node.get("analysis"))
                                .get("stance")
                                .equals("BLAME"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "pb-PRICE_FOCUSED-HE",
                ((Map<?, ?>) ((List<?>) blamed.get("suggestedPlaybooks")).get(0)).get("id"));

        Map<String, List<String>> calls = Fakes.calls().stream()
                .collect(
                        Collectors.groupingBy(
                                Fakes.Call::service,
                                Collectors.mapping(
                                        call -> call.method() + " " + call.path(),
                                        Collectors.toList())));
        // level 1: the page; level 2: the encounters' analyses, archetypes, playbooks and
        // suggestions;
        // level 3: the playbooks' archetypes (served from the catalogue fetched at level 2)
        assertEquals(List.of("GET /encounters"), calls.get("journal"));
        assertEquals(List.of("GET /scores/batch"), calls.get("scoring"));
        List<String> playbook = calls.get("playbook");
        assertEquals(3, playbook.size(), playbook::toString);
        assertTrue(
                playbook.containsAll(
                        List.of(
                                "GET /archetypes",
                                "GET /playbooks/batch",
                                "POST /playbooks/suggestions")),
                playbook::toString);
        Fakes.calls().forEach(call -> assertEquals("Bearer " + token, call.authorization()));
    }
}
