package io.onme.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.gateway.fakes.Fakes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Encounters' analyses come from scoring-service as summaries (no evidence, no reframes) unless the
 * document selects evidence or reframes somewhere; either way analysis and suggestedPlaybooks share
 * one call per level.
 */
@QuarkusTest
class AnalysisSummaryResourceTest {

    private static final String TENANT = "t-summary";
    private static final String TOKEN = TestTokens.rep(TENANT, "dana", "team-v");

    private List<String> ids;

    @BeforeEach
    void seed() {
        // every third seeded reflection blames the price (in Hebrew): evidence and a reframe to
        // show
        ids = Fakes.resetAndSeed(TENANT, "dana", "team-v", 6);
    }

    @Test
    void scoresAndBlameTargetsAloneAskForSummaries() {
        JsonPath page = query(
                "{ encounters(first: 6) { edges { node { analysis { stance ownershipScore blameTargets }"
                        + " suggestedPlaybooks { title } } } } }");
        List<String> stances = page.getList("data.encounters.edges.node.analysis.stance");
        assertTrue(stances.contains("BLAME") && stances.contains("OWNERSHIP"), stances::toString);
        assertTrue(
                page.getList("data.encounters.edges.node.analysis.blameTargets.flatten()")
                        .contains("PRICE"));
        assertEquals(List.of("summary"), scoreViews());
    }

    @Test
    void evidenceOrReframesSelectedAnyWayAskForTheFullView() {
        for (String analysis : List.of(
                "{ evidence { text } }",
                "{ stance ...detail }",
                "{ r: reframes { suggestion } }",
                "{ ... on Analysis { evidence { start end } } }")) {
            Fakes.reset();
            String fragment = analysis.contains("...detail")
                    ? " fragment detail on Analysis { reframes { suggestion } }"
                    : "";
            JsonPath page = query(
                    "{ encounters(first: 6) { edges { node { analysis "
                            + analysis
                            + " suggestedPlaybooks { title } } } } }"
                            + fragment);
            List<Map<String, Object>> analyses = page.getList("data.encounters.edges.node.analysis");
            assertEquals(6, analyses.size(), analysis);
            // the blaming reflections' evidence or reframes are there, not summarised away
            assertTrue(
                    analyses.stream()
                            .anyMatch(
                                    found -> found.values().stream()
                                            .anyMatch(
                                                    value -> value instanceof List<?> list
                                                            && !list.isEmpty())),
                    analysis);
            assertEquals(List.of("full"), scoreViews(), analysis);
        }
    }

    @Test
    void oneEncounterSharesTheFullViewBetweenAnalysisAndSuggestions() {
        // no page prefetch here: whichever resolver runs first, both ask for the view the document
        // needs
        for (String id : ids) {
            Fakes.reset();
            JsonPath answer = query(
                    "{ encounter(id: \""
                            + id
                            + "\") { suggestedPlaybooks { title }"
                            + " analysis { evidence { text } } } }");
            assertFalse(answer.getList("data.encounter.suggestedPlaybooks").isEmpty());
            assertEquals(List.of("full"), scoreViews(), id);
        }
    }

    private static JsonPath query(String document) {
        return GraphQL.answered(TOKEN, document);
    }

    /** The view each scoring call asked for. */
    private static List<String> scoreViews() {
        return Fakes.calls("scoring").stream()
                .map(
                        call -> List.of(call.query().split("&")).stream()
                                .filter(parameter -> parameter.startsWith("view="))
                                .map(parameter -> parameter.substring(5))
                                .findFirst()
                                .orElse("(none)"))
                .toList();
    }
}
