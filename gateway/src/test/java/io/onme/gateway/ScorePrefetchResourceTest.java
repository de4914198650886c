package io.onme.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.gateway.fakes.Fakes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A page's score facts are asked for as soon as the page arrives, when the query selects analysis
 * or suggested playbooks under it however it selects them, and then shared: one scoring call for
 * exactly the page's encounters. A page that needs no score costs no scoring call.
 */
@QuarkusTest
class ScorePrefetchResourceTest {

    private static final String TENANT = "t-prefetch";
    private static final String TOKEN = TestTokens.rep(TENANT, "lea", "team-f");

    private List<String> ids;

    @BeforeEach
    void seed() {
        ids = Fakes.resetAndSeed(TENANT, "lea", "team-f", 6);
    }

    @Test
    void aPageWithoutScoredFieldsCostsNoScoringCall() {
        query("{ encounters(first: 4) { totalCount edges { node { id outcome } } } }");
        assertEquals(List.of(), Fakes.calls("scoring"));
    }

    @Test
    void analysisOrSuggestionsSelectedAnyWayCostOneCallForThePage() {
        for (String node : List.of(
                "{ analysis { stance } }",
                "{ ...scored }",
                "{ a: analysis { stance } }",
                "{ ... on Encounter { suggestedPlaybooks { title } } }",
                "{ analysis { stance } suggestedPlaybooks { title } }")) {
            Fakes.reset();
            String fragment = node.contains("...scored")
                    ? " fragment scored on Encounter { analysis { ownershipScore } }"
                    : "";
            JsonPath page = query("{ encounters(first: 4) { edges { node " + node + " } } }" + fragment);
            assertEquals(4, page.getList("data.encounters.edges").size(), node);
            List<Fakes.Call> scoring = Fakes.calls("scoring");
            assertEquals(1, scoring.size(), node);
            assertEquals("/scores/batch", scoring.get(0).path(), node);
            List<String> asked = List.of(scoring.get(0).query().split("&")).stream()
                    .filter(parameter -> parameter.startsWith("encounterId="))
                    .map(parameter -> parameter.substring(parameter.indexOf('=') + 1))
                    .toList();
            // the newest four of the six, each once
            assertEquals(4, asked.stream().distinct().count(), node);
            assertTrue(ids.containsAll(asked), node);
        }
    }

    private static JsonPath query(String document) {
        return GraphQL.answered(TOKEN, document);
    }
}
