package io.onme.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.gateway.fakes.Fakes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Issue 16, item 4: one thing reached twice in a request (two aliases of a list, a page and the
 * same encounter by id, the same team twice) is asked for once in every batched call, whose
 * services refuse repeated keys (the fakes as playbook-service's "requests.key must be unique"
 * does). The answers still reach every place that asked.
 */
@QuarkusTest
class BatchKeysResourceTest {

    static final String TENANT = "t-batch-keys";
    static final String TOKEN = TestTokens.coach(TENANT, "kim", "north", "south");
    static List<String> ids;

    @BeforeEach
    void seed() {
        if (ids == null) {
            ids = Fakes.resetAndSeed(TENANT, "kim", "north", 4);
        }
        Fakes.reset();
    }

    static final String NODE = "id archetype { key } analysis { stance blameTargets } playbooksUsed { id } "
            + "suggestedPlaybooks { id title }";

    @Test
    void twoAliasesOfTheSameListAskForEachEncounterOnce() {
        JsonPath answer = GraphQL.answered(
                TOKEN,
                "{ a: encounters(first: 4) { edges { node { "
                        + NODE
                        + " } } } "
                        + "b: encounters(first: 4) { edges { node { "
                        + NODE
                        + " } } } }");

        assertEquals(
                answer.getList("data.a.edges.node.suggestedPlaybooks"),
                answer.getList("data.b.edges.node.suggestedPlaybooks"));
        assertFalse(
                answer.getList("data.a.edges.node.suggestedPlaybooks.id").toString().contains("[]"),
                "each encounter got its suggestions");
        assertEquals(
                answer.getList("data.a.edges.node.analysis"),
                answer.getList("data.b.edges.node.analysis"));
        assertUniqueKeysInEveryBatch();
    }

    @Test
    void aPageAndTheSameEncounterByIdAskForItOnce() {
        String id = ids.get(0);
        JsonPath answer = GraphQL.answered(
                TOKEN,
                "{ encounters(first: 4) { edges { node { "
                        + NODE
                        + " } } } "
                        + "encounter(id: \""
                        + id
                        + "\") { "
                        + NODE
                        + " } again: encounter(id: \""
                        + id
                        + "\") { "
                        + NODE
                        + " } }");

        List<String> pageIds = answer.getList("data.encounters.edges.node.id");
        int index = pageIds.indexOf(id);
        assertTrue(index >= 0);
        assertEquals(
                answer.getList("data.encounters.edges[" + index + "].node.suggestedPlaybooks.id"),
                answer.getList("data.encounter.suggestedPlaybooks.id"));
        assertEquals(
                answer.getList("data.encounter.suggestedPlaybooks.id"),
                answer.getList("data.again.suggestedPlaybooks.id"));
        assertUniqueKeysInEveryBatch();
    }

    @Test
    void theSameTeamTwiceIsAskedForOnce() {
        String team = "members { id } leaderboard { rep { id } } ownershipOutcome { quartile }";
        JsonPath answer = GraphQL.answered(
                TOKEN,
                "{ a: team(id: \"north\") { "
                        + team
                        + " } b: team(id: \"north\") { "
                        + team
                        + " } c: team(id: \"south\") { "
                        + team
                        + " } }");

        assertEquals(answer.getList("data.a.members"), answer.getList("data.b.members"));
        assertEquals(List.of("kim"), answer.getList("data.a.members.id"));
        assertUniqueKeysInEveryBatch();
    }

    /**
     * Every recorded batch call named each key once (query-string ids, suggestion keys in the
     * body).
     */
    static void assertUniqueKeysInEveryBatch() {
        for (Fakes.Call call : Fakes.calls()) {
            List<String> keys = new ArrayList<>();
            if (call.query() != null) {
                for (String parameter : call.query().split("&")) {
                    if (parameter.startsWith("id=") || parameter.startsWith("encounterId=")) {
                        keys.add(URLDecoder.decode(parameter, StandardCharsets.UTF_8));
                    }
                }
            }
            if (call.path().equals("/playbooks/suggestions")) {
                Matcher key = Pattern.compile("\"key\":\"([^\"]*)\"").matcher(call.body());
                while (key.find()) {
                    keys.add(key.group(1));
                }
                assertFalse(keys.isEmpty(), call.body());
            }
            assertEquals(
                    keys.stream().distinct().count(),
                    keys.size(),
                    call.path() + " repeats a key: " + keys);
        }
    }
}
