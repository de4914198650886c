package io.onme.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.gateway.fakes.Fakes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Suggested playbooks come from playbook-service as summaries (no stance, steps or phrases) unless
 * the query selects some of that content, directly, through a fragment or under an alias; either
 * way one call for the page.
 */
@QuarkusTest
class SuggestedPlaybooksResourceTest {

    private static final String TENANT = "t-suggest";
    private static final String TOKEN = TestTokens.rep(TENANT, "noa", "team-s");

    @BeforeEach
    void seed() {
        Fakes.resetAndSeed(TENANT, "noa", "team-s", 5);
    }

    @Test
    void titlesAloneAskForSummaries() {
        JsonPath page = query(
                "{ encounters(first: 5) { edges { node { suggestedPlaybooks { id title } } } } }");
        List<String> titles = page.getList("data.encounters.edges.node.suggestedPlaybooks.title.flatten()");
        assertFalse(titles.isEmpty());
        titles.forEach(title -> assertFalse(title.isBlank()));
        assertEquals(List.of("view=summary"), suggestionQueries());
    }

    @Test
    void contentSelectedAnyWayAsksForWholePlaybooks() {
        for (String selection : List.of(
                "{ id steps { title } }",
                "{ title ...content }",
                "{ words: phrasesToUse }",
                "{ ... on Playbook { stance } }")) {
            Fakes.reset();
            String fragment = selection.contains("...content")
                    ? " fragment content on Playbook { stance phrasesToAvoid }"
                    : "";
            JsonPath page = query(
                    "{ encounters(first: 5) { edges { node { suggestedPlaybooks "
                            + selection
                            + " } } } }"
                            + fragment);
            List<Map<String, Object>> suggested = page.getList("data.encounters.edges.node.suggestedPlaybooks.flatten()");
            assertFalse(suggested.isEmpty(), selection);
            suggested.forEach(
                    playbook -> playbook.values()
                            .forEach(
                                    value -> assertFalse(
                                            value == null
                                                    || value.toString().isBlank()
                                                    || value.toString()
                                                            .equals("[]"),
                                            selection)));
            assertEquals(List.of("view=full"), suggestionQueries(), selection);
        }
    }

    private static JsonPath query(String document) {
        return GraphQL.answered(TOKEN, document);
    }

    private static List<String> suggestionQueries() {
        return Fakes.calls("playbook").stream()
                .filter(call -> call.path().equals("/playbooks/suggestions"))
                .map(Fakes.Call::query)
                .toList();
    }
}
