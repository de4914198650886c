package io.onme.playbook.api;

import static io.onme.playbook.api.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Reading playbooks: the built-in catalogue, filters, cursor pages, batch, isolation, bad input.
 */
@QuarkusTest
class PlaybookQueryResourceTest {

    private final String tenant = Api.tenant();
    private final String rep = TestTokens.rep(tenant, "rep-1", "team-a");
    private final String admin = TestTokens.admin(tenant, "admin-1");

    @Test
    void everyTenantSeesEighteenPublishedBuiltInsTwoPerArchetype() {
        as(rep).queryParam("limit", 100)
                .get("/playbooks")
                .then()
                .statusCode(200)
                .body("totalCount", equalTo(18))
                .body("items", hasSize(18))
                .body("items.builtIn", everyItem(equalTo(true)))
                .body("items.status", everyItem(equalTo("PUBLISHED")))
                .body("items.version", everyItem(equalTo(1)))
                .body("items.teamId", everyItem(nullValue()))
                .body("nextCursor", nullValue());
        for (String archetype : List.of(
                "SKEPTICAL",
                "ANTAGONISTIC",
                "UNINTERESTED",
                "HOSTILE",
                "CLOSED",
                "DISTRUSTFUL",
                "PRICE_FOCUSED",
                "NOT_LISTENING",
                "READY")) {
            as(rep).queryParam("archetype", archetype)
                    .get("/playbooks")
                    .then()
                    .statusCode(200)
                    .body("totalCount", equalTo(2))
                    .body("items.language", contains("EN", "HE"));
        }
    }

    @Test
    void builtInPlaybooksAreSubstantialInBothLanguages() {
        Response he = as(rep).queryParam("language", "HE").queryParam("limit", 100).get("/playbooks");
        he.then()
                .statusCode(200)
                .body("totalCount", equalTo(9))
                .body("items.language", everyItem(equalTo("HE")));
        List<Map<String, Object>> items = he.path("items");
        for (Map<String, Object> p : items) {
            List<?> steps = (List<?>) p.get("steps");
            assertEquals(
                    true, steps.size() >= 4 && steps.size() <= 6, "4-6 steps in " + p.get("id"));
            assertEquals(true, ((List<?>) p.get("phrasesToUse")).size() >= 3);
            assertEquals(true, ((List<?>) p.get("phrasesToAvoid")).size() >= 3);
            assertEquals(
                    true,
                    ((String) p.get("title")).matches(".*[\\u05D0-\\u05EA].*"),
                    "Hebrew title");
        }
        as(rep).get("/playbooks/builtin-price-focused-he")
                .then()
                .statusCode(200)
                .body("archetype", equalTo("PRICE_FOCUSED"))
                .body("title", equalTo("לקוח שמחפש דילים: להפוך את הערך לגלוי"))
                .body("steps[0].position", equalTo(1))
                .body("steps[0].title", equalTo("לא לענות על מחיר במחיר"))
                .body("phrasesToAvoid", hasItem("הוא קמצן, מעניין אותו רק המחיר."))
                .body("revision", equalTo(1))
                .body("updatedAt", equalTo("2026-11-01T00:00:00Z"));
    }

    @Test
    void cursorPagesWalkEveryPlaybookOnceWithTheTotal() {
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            var request = as(rep).queryParam("limit", 5);
            if (after != null) {
                request.queryParam("after", after);
            }
            Response page = request.get("/playbooks");
            page.then().statusCode(200).body("totalCount", equalTo(18));
            seen.addAll(page.path("items.id"));
            after = page.path("nextCursor");
            pages++;
        } while (after != null && pages < 10);
        assertEquals(4, pages);
        assertEquals(18, seen.size());
        assertEquals(18, new HashSet<>(seen).size());
    }

    @Test
    void tenantPlaybooksComeBeforeBuiltInsAndFilterByTeam() {
        String library = Api.published(admin, Api.body("SKEPTICAL", "EN", "Our library way", null));
        String team = Api.published(admin, Api.body("SKEPTICAL", "EN", "Team A way", "team-a"));
        as(rep).queryParam("archetype", "SKEPTICAL")
                .queryParam("language", "EN")
                .get("/playbooks")
                .then()
                .statusCode(200)
                .body("totalCount", equalTo(3))
                .body("items[0].builtIn", equalTo(false))
                .body("items[1].builtIn", equalTo(false))
                .body("items[2].id", equalTo("builtin-skeptical-en"));
        as(rep).queryParam("teamId", "team-a")
                .get("/playbooks")
                .then()
                .statusCode(200)
                .body("totalCount", equalTo(1))
                .body("items.id", contains(team));
        as(rep).get("/playbooks/" + library)
                .then()
                .statusCode(200)
                .body("title", equalTo("Our library way"));
    }

    @Test
    void batchAnswersVisibleOnesInTheOrderAsked() {
        String mine = Api.published(admin, Api.body("READY", "HE", "שלנו", null));
        String foreign = Api.published(
                TestTokens.admin(Api.tenant(), "other-admin"),
                Api.body("READY", "HE", "של אחרים", null));
        as(rep).queryParam("id", "builtin-ready-en", mine, "nope", foreign, "builtin-closed-he")
                .get("/playbooks/batch")
                .then()
                .statusCode(200)
                .body("id", contains("builtin-ready-en", mine, "builtin-closed-he"));
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add("id-" + i);
        }
        as(rep).queryParam("id", tooMany)
                .get("/playbooks/batch")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(rep).get("/playbooks/batch").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void anotherTenantsPlaybookIsNotFound() {
        String id = Api.published(admin, Api.body("HOSTILE", "HE", "סוד של הטננט", null));
        String stranger = TestTokens.admin(Api.tenant(), "stranger");
        as(stranger)
                .get("/playbooks/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        as(stranger)
                .queryParam("limit", 100)
                .get("/playbooks")
                .then()
                .statusCode(200)
                .body("totalCount", equalTo(18))
                .body("items.id", not(hasItem(id)));
        as(stranger)
                .queryParam("id", id)
                .get("/playbooks/batch")
                .then()
                .statusCode(200)
                .body("", hasSize(0));
    }

    @Test
    void draftsAreHiddenFromRepsButListedForTheirEditors() {
        String draft = Api.create(admin, Api.body("CLOSED", "EN", "Work in progress", "team-a"));
        as(rep).get("/playbooks/" + draft).then().statusCode(404);
        as(rep).queryParam("status", "DRAFT")
                .get("/playbooks")
                .then()
                .statusCode(200)
                .body("totalCount", equalTo(0));
        as(admin)
                .queryParam("status", "DRAFT")
                .get("/playbooks")
                .then()
                .statusCode(200)
                .body("items.id", contains(draft));
        String coach = TestTokens.coach(tenant, "coach-a", "team-a");
        as(coach)
                .get("/playbooks/" + draft)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"));
        String otherCoach = TestTokens.coach(tenant, "coach-b", "team-b");
        as(otherCoach).get("/playbooks/" + draft).then().statusCode(404);
    }

    @Test
    void badFiltersAre400Problems() {
        as(rep).queryParam("archetype", "NOPE")
                .get("/playbooks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", equalTo("https://onme.io/problems/invalid-input"))
                .body("errors[0].field", equalTo("archetype"))
                .body("errors[0].message", notNullValue());
        as(rep).queryParam("limit", 0)
                .get("/playbooks")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as(rep).queryParam("limit", 101).get("/playbooks").then().statusCode(400);
        as(rep).queryParam("limit", "ten").get("/playbooks").then().statusCode(400);
        as(rep).queryParam("language", "FR")
                .get("/playbooks")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("language"));
        as(rep).queryParam("status", "GONE").get("/playbooks").then().statusCode(400);
        as(rep).queryParam("after", "garbage!")
                .get("/playbooks")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("after"));
    }

    @Test
    void unknownIdIs404AndEveryEndpointNeedsAToken() {
        as(rep).get("/playbooks/no-such-playbook")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/playbooks").then().statusCode(401).contentType("application/problem+json");
        given().get("/playbooks/builtin-ready-he").then().statusCode(401);
        given().queryParam("id", "builtin-ready-he").get("/playbooks/batch").then().statusCode(401);
        given().auth().oauth2("broken").get("/playbooks").then().statusCode(401);
    }
}
