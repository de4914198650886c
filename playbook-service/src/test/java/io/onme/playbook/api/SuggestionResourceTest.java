package io.onme.playbook.api;

import static io.onme.playbook.api.Api.as;
import static io.onme.playbook.api.Api.body;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** Suggestions: many encounters in one call, archetype relevance, then team, library, built-ins. */
@QuarkusTest
class SuggestionResourceTest {

    private final String tenant = Api.tenant();
    private final String admin = TestTokens.admin(tenant, "admin-1");
    private final String rep = TestTokens.rep(tenant, "rep-1", "t1");

    private static Map<String, Object> request(
            String key,
            String archetype,
            List<String> targets,
            String language,
            String teamId,
            Integer limit) {
        var r = new java.util.LinkedHashMap<String, Object>();
        r.put("key", key);
        r.put("archetype", archetype);
        r.put("blameTargets", targets);
        r.put("language", language);
        r.put("teamId", teamId);
        r.put("limit", limit);
        return r;
    }

    @Test
    void teamThenLibraryThenBuiltInForTheEncountersArchetype() {
        String library = Api.published(admin, body("PRICE_FOCUSED", "HE", "ספריית הארגון: ערך", null));
        String team = Api.published(admin, body("PRICE_FOCUSED", "HE", "צוות t1: ערך", "t1"));
        Api.published(admin, body("PRICE_FOCUSED", "HE", "צוות אחר", "t2"));
        Api.create(admin, body("PRICE_FOCUSED", "HE", "טיוטה", "t1"));
        Api.published(admin, body("PRICE_FOCUSED", "EN", "English one", "t1"));

        as(rep).body(
                Map.of(
                        "requests",
                        List.of(
                                request(
                                        "enc-1",
                                        "PRICE_FOCUSED",
                                        List.of("PRICE"),
                                        "HE",
                                        "t1",
                                        3))))
                .post("/playbooks/suggestions")
                .then()
                .statusCode(200)
                .body("results.enc-1.id", contains(team, library, "builtin-price-focused-he"))
                .body("results.enc-1.status", contains("PUBLISHED", "PUBLISHED", "PUBLISHED"));
    }

    @Test
    void blameTargetsAddTheirArchetypesAfterTheEncountersOwn() {
        String teamNotListening = Api.published(admin, body("NOT_LISTENING", "EN", "Team: earn attention", "t1"));
        as(rep).body(
                Map.of(
                        "requests",
                        List.of(
                                request("a", "SKEPTICAL", List.of("PRICE"), "EN", "t1", 3),
                                request("b", null, List.of("PRICE"), "HE", null, 5),
                                request("c", "READY", List.of("CUSTOMER"), "EN", "t1", 3),
                                request(
                                        "d",
                                        null,
                                        List.of("MARKET", "OPERATIONS"),
                                        "EN",
                                        null,
                                        4),
                                request("e", null, List.of("MANAGEMENT"), "EN", null, 4))))
                .post("/playbooks/suggestions")
                .then()
                .statusCode(200)
                // the encounter's archetype first, even before a team playbook of a blame archetype
                .body("results.a.id", contains("builtin-skeptical-en", "builtin-price-focused-en"))
                .body("results.b.id", contains("builtin-price-focused-he"))
                .body(
                        "results.c.id",
                        contains("builtin-ready-en", teamNotListening, "builtin-not-listening-en"))
                .body(
                        "results.d.id",
                        contains(
                                "builtin-skeptical-en",
                                "builtin-uninterested-en",
                                "builtin-distrustful-en"))
                .body("results.e", hasSize(0));
    }

    @Test
    void theCallersOnlyTeamIsUsedWhenNoTeamIsGivenAndLimitsApply() {
        String team = Api.published(admin, body("CLOSED", "EN", "Team t1 closed", "t1"));
        as(rep).body(Map.of("requests", List.of(request("x", "CLOSED", null, "EN", null, 1))))
                .post("/playbooks/suggestions")
                .then()
                .statusCode(200)
                .body("results.x.id", contains(team));
        as(rep).body(Map.of("requests", List.of(request("x", "CLOSED", null, null, null, null))))
                .post("/playbooks/suggestions")
                .then()
                .statusCode(200)
                .body("results.x", hasSize(3));
    }

    @Test
    void anotherTeamsPlaybooksAreNeverSuggestedEvenWhenTheRequestNamesThatTeam() {
        String library = Api.published(admin, body("ANTAGONISTIC", "EN", "Library: stay curious", null));
        String north = Api.published(admin, body("ANTAGONISTIC", "EN", "North: stay curious", "t1"));
        String south = Api.published(admin, body("ANTAGONISTIC", "EN", "South: stay curious", "t2"));
        // a rep of t1 naming t2 (or no team) gets the library and the built-ins, and t1's own
        as(rep).body(
                Map.of(
                        "requests",
                        List.of(
                                request("other", "ANTAGONISTIC", null, "EN", "t2", 5),
                                request("none", "ANTAGONISTIC", null, "EN", null, 5))))
                .post("/playbooks/suggestions")
                .then()
                .statusCode(200)
                .body("results.other.id", contains(library, "builtin-antagonistic-en"))
                .body("results.none.id", contains(north, library, "builtin-antagonistic-en"));
        // t2's coach is shown t2's
        as(TestTokens.coach(tenant, "coach-2", "t2"))
                .body(
                        Map.of(
                                "requests",
                                List.of(request("k", "ANTAGONISTIC", null, "EN", "t2", 5))))
                .post("/playbooks/suggestions")
                .then()
                .statusCode(200)
                .body("results.k.id", contains(south, library, "builtin-antagonistic-en"));
    }

    @Test
    void anotherTenantsPlaybooksAreNeverSuggested() {
        String ours = Api.published(admin, body("HOSTILE", "HE", "שלנו", null));
        String stranger = TestTokens.rep(Api.tenant(), "rep-x", "t1");
        as(stranger)
                .body(Map.of("requests", List.of(request("k", "HOSTILE", null, "HE", "t1", 5))))
                .post("/playbooks/suggestions")
                .then()
                .statusCode(200)
                .body("results.k.id", not(hasItem(ours)))
                .body("results.k.id", contains("builtin-hostile-he"));
    }

    @Test
    void theSummaryViewNamesTheSamePlaybooksWithoutTheirContent() {
        String team = Api.published(admin, body("PRICE_FOCUSED", "HE", "צוות t1: ערך ״מחיר״", "t1"));
        var body = Map.of(
                "requests",
                List.of(
                        request("enc-1", "PRICE_FOCUSED", List.of("PRICE"), "HE", "t1", 3),
                        request("enc-2", "HOSTILE", null, "EN", "t1", 2)));
        List<String> full = as(rep).body(body)
                .post("/playbooks/suggestions")
                .then()
                .statusCode(200)
                .body("results.enc-1[0].steps", not(hasSize(0)))
                .extract()
                .jsonPath()
                .getList("results.enc-1.id");
        as(rep).body(body)
                .queryParam("view", "summary")
                .post("/playbooks/suggestions")
                .then()
                .statusCode(200)
                .body("results.enc-1.id", equalTo(full))
                .body("results.enc-1[0].id", equalTo(team))
                .body("results.enc-1[0].title", equalTo("צוות t1: ערך ״מחיר״"))
                .body("results.enc-1[0].version", equalTo(1))
                .body("results.enc-1[0].status", equalTo("PUBLISHED"))
                .body("results.enc-2.id", contains("builtin-hostile-en"))
                .body("results.enc-1[0]", not(hasKey("steps")))
                .body("results.enc-1[0]", not(hasKey("stance")))
                .body("results.enc-1[0]", not(hasKey("phrasesToUse")))
                .body("results.enc-2[0]", not(hasKey("phrasesToAvoid")));
        as(rep).body(body)
                .queryParam("view", "everything")
                .post("/playbooks/suggestions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("view"));
    }

    @Test
    void badRequestsAre400Problems() {
        as(rep).body(Map.of("requests", List.of()))
                .post("/playbooks/suggestions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(rep).body(Map.of("requests", List.of(request("k", "NOPE", null, "HE", null, 3))))
                .post("/playbooks/suggestions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(rep).body(
                Map.of(
                        "requests",
                        List.of(request("k", "READY", List.of("WEATHER"), "HE", null, 3))))
                .post("/playbooks/suggestions")
                .then()
                .statusCode(400);
        as(rep).body(Map.of("requests", List.of(request("k", "READY", null, "HE", null, 0))))
                .post("/playbooks/suggestions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("requests[0].limit"));
        as(rep).body(
                Map.of(
                        "requests",
                        List.of(
                                request("k", "READY", null, "HE", null, 3),
                                request("k", "CLOSED", null, "HE", null, 3))))
                .post("/playbooks/suggestions")
                .then()
                .statusCode(400);
        given().contentType("application/json")
                .body(Map.of("requests", List.of(request("k", "READY", null, "HE", null, 3))))
                .post("/playbooks/suggestions")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }
}
