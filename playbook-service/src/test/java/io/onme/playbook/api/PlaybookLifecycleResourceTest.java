package io.onme.playbook.api;

import static io.onme.playbook.api.Api.as;
import static io.onme.playbook.api.Api.body;
import static io.onme.playbook.api.Api.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Writing playbooks: roles, validation, drafts, immutable versions, optimistic locking, forks,
 * archive.
 */
@QuarkusTest
class PlaybookLifecycleResourceTest {

    private final String tenant = Api.tenant();
    private final String admin = TestTokens.admin(tenant, "admin-1");
    private final String coachA = TestTokens.coach(tenant, "coach-a", "team-a");
    private final String coachB = TestTokens.coach(tenant, "coach-b", "team-b");
    private final String rep = TestTokens.rep(tenant, "rep-1", "team-a");
    private final String stranger = TestTokens.admin(Api.tenant(), "stranger");

    @Test
    void adminCreatesAHebrewDraftInTheTenantLibrary() {
        Map<String, Object> input = with(
                body("PRICE_FOCUSED", "HE", "  לקוח שמתמקח על כל שקל  ", null),
                "steps",
                List.of(
                        Map.of(
                                "title",
                                "לשאול כמה הבעיה עולה לו",
                                "detail",
                                "לכמת יחד: זמן, כסף, סיכון")));
        as(admin)
                .body(input)
                .post("/playbooks")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("id", notNullValue())
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo(1))
                .body("builtIn", equalTo(false))
                .body("teamId", nullValue())
                .body("title", equalTo("לקוח שמתמקח על כל שקל"))
                .body("steps[0].position", equalTo(1))
                .body("steps[0].detail", equalTo("לכמת יחד: זמן, כסף, סיכון"))
                .body("revision", equalTo(1));
    }

    @Test
    void coachesWriteOnlyForTheirTeamsAndRepsOnlyRead() {
        as(coachA)
                .body(body("CLOSED", "EN", "Team A closed", "team-a"))
                .post("/playbooks")
                .then()
                .statusCode(201)
                .body("teamId", equalTo("team-a"));
        as(coachA)
                .body(body("CLOSED", "EN", "No team", null))
                .post("/playbooks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("teamId"));
        as(coachA)
                .body(body("CLOSED", "EN", "Team B", "team-b"))
                .post("/playbooks")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        as(rep).body(body("CLOSED", "EN", "Rep's own", "team-a"))
                .post("/playbooks")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as(admin)
                .body(body("CLOSED", "EN", "Admin for team B", "team-b"))
                .post("/playbooks")
                .then()
                .statusCode(201)
                .body("teamId", equalTo("team-b"));
    }

    @Test
    void invalidBodiesAre400ProblemsNamingTheField() {
        as(admin)
                .body(with(body("READY", "EN", "x", null), "title", "  "))
                .post("/playbooks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("title"));
        as(admin)
                .body(with(body("READY", "EN", "x", null), "stance", ""))
                .post("/playbooks")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("stance"));
        as(admin)
                .body(with(body("READY", "EN", "x", null), "title", "t".repeat(201)))
                .post("/playbooks")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("title"));
        as(admin)
                .body(with(body("READY", "EN", "x", null), "steps", List.of()))
                .post("/playbooks")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("steps"));
        List<Map<String, String>> tooMany = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            tooMany.add(Map.of("title", "step " + i));
        }
        as(admin)
                .body(with(body("READY", "EN", "x", null), "steps", tooMany))
                .post("/playbooks")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("steps"));
        as(admin)
                .body(with(body("READY", "EN", "x", null), "steps", List.of(Map.of("title", " "))))
                .post("/playbooks")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("steps[0].title"));
        as(admin)
                .body(
                        with(
                                body("READY", "EN", "x", null),
                                "phrasesToAvoid",
                                List.of("p".repeat(301))))
                .post("/playbooks")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("phrasesToAvoid[0]"));
        as(admin)
                .body(with(body("READY", "EN", "x", null), "archetype", "NOPE"))
                .post("/playbooks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("archetype"));
        as(admin)
                .body(with(body("READY", "EN", "x", null), "language", null))
                .post("/playbooks")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("language"));
        as(admin)
                .body("{\"title\": ")
                .post("/playbooks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
        as(admin)
                .body("")
                .post("/playbooks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void publishEditPublishKeepsEveryPublishedVersionImmutable() {
        String id = Api.create(admin, body("SKEPTICAL", "HE", "גרסה ראשונה", null));
        as(admin)
                .post("/playbooks/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("version", equalTo(1));
        Response published = as(admin).get("/playbooks/" + id);
        long revision = published.<Number> path("revision").longValue();
        String publishedAt = published.path("updatedAt");

        // editing the published playbook makes a draft of version 2; readers still see version 1
        as(admin)
                .body(
                        with(
                                body("SKEPTICAL", "HE", "גרסה שנייה", null),
                                "expectedRevision",
                                revision))
                .put("/playbooks/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo(2))
                .body("title", equalTo("גרסה שנייה"));
        as(rep).get("/playbooks/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("גרסה ראשונה"))
                .body("status", equalTo("PUBLISHED"))
                .body("version", equalTo(1))
                .body("draftVersion", nullValue())
                .body("updatedAt", equalTo(publishedAt));
        as(admin).get("/playbooks/" + id).then().statusCode(200).body("draftVersion", equalTo(2));
        as(admin)
                .get("/playbooks/" + id + "/draft")
                .then()
                .statusCode(200)
                .body("title", equalTo("גרסה שנייה"));
        as(rep).get("/playbooks/" + id + "/draft").then().statusCode(404);

        as(admin)
                .post("/playbooks/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("title", equalTo("גרסה שנייה"))
                .body("draftVersion", nullValue());
        as(rep).get("/playbooks/" + id + "/versions")
                .then()
                .statusCode(200)
                .body("version", contains(1, 2))
                .body("title", contains("גרסה ראשונה", "גרסה שנייה"))
                .body("status", contains("PUBLISHED", "PUBLISHED"));
        as(rep).get("/playbooks/" + id + "/versions/1")
                .then()
                .statusCode(200)
                .body("title", equalTo("גרסה ראשונה"));
        as(rep).get("/playbooks/" + id + "/versions/3")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(rep).get("/playbooks/" + id + "/versions/x").then().statusCode(404);

        // nothing new to publish
        as(admin)
                .post("/playbooks/" + id + "/publish")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409));
        // a third edit and publish leaves versions 1 and 2 as they were
        Api.as(admin)
                .body(body("SKEPTICAL", "HE", "גרסה שלישית", null))
                .put("/playbooks/" + id)
                .then()
                .statusCode(200);
        as(admin)
                .post("/playbooks/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("version", equalTo(3));
        as(rep).get("/playbooks/" + id + "/versions")
                .then()
                .body("title", contains("גרסה ראשונה", "גרסה שנייה", "גרסה שלישית"));
    }

    @Test
    void aStaleEditIsAConflictNotAnOverwrite() {
        String id = Api.create(admin, body("HOSTILE", "EN", "Original", null));
        long revision = as(admin)
                .get("/playbooks/" + id)
                .then()
                .extract()
                .<Number> path("revision")
                .longValue();
        as(admin)
                .body(
                        with(
                                body("HOSTILE", "EN", "First editor", null),
                                "expectedRevision",
                                revision))
                .put("/playbooks/" + id)
                .then()
                .statusCode(200)
                .body("revision", greaterThan((int) revision));
        as(admin)
                .body(
                        with(
                                body("HOSTILE", "EN", "Second editor, stale", null),
                                "expectedRevision",
                                revision))
                .put("/playbooks/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://onme.io/problems/stale-revision"));
        as(admin).get("/playbooks/" + id + "/draft").then().body("title", equalTo("First editor"));
        as(admin)
                .queryParam("expectedRevision", revision)
                .post("/playbooks/" + id + "/publish")
                .then()
                .statusCode(409);
    }

    @Test
    void builtInsAreReadOnlyButCanBeForked() {
        as(admin)
                .body(body("READY", "HE", "שינוי", null))
                .put("/playbooks/builtin-ready-he")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as(admin).post("/playbooks/builtin-ready-he/publish").then().statusCode(403);
        as(admin).post("/playbooks/builtin-ready-he/archive").then().statusCode(403);

        Response fork = as(admin).body("{}").post("/playbooks/builtin-ready-he/fork");
        fork.then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("builtIn", equalTo(false))
                .body("forkedFrom", equalTo("builtin-ready-he"))
                .body("teamId", nullValue())
                .body("title", equalTo("לקוח ״אידיאלי״: לא לנוח על הזרים"))
                .body("steps", hasSize(5));
        String forkId = fork.path("id");
        as(admin)
                .body(body("READY", "HE", "הגרסה שלנו", null))
                .put("/playbooks/" + forkId)
                .then()
                .statusCode(200)
                .body("title", equalTo("הגרסה שלנו"));
        as(stranger).get("/playbooks/" + forkId).then().statusCode(404);
        as(rep).get("/playbooks/builtin-ready-he")
                .then()
                .body("title", equalTo("לקוח ״אידיאלי״: לא לנוח על הזרים"));

        as(coachA)
                .body(Map.of("teamId", "team-a"))
                .post("/playbooks/builtin-closed-en/fork")
                .then()
                .statusCode(201)
                .body("teamId", equalTo("team-a"));
        as(coachA).body("{}").post("/playbooks/builtin-closed-en/fork").then().statusCode(400);
        as(rep).body("{}").post("/playbooks/builtin-closed-en/fork").then().statusCode(403);
        as(admin).body("{}").post("/playbooks/no-such/fork").then().statusCode(404);
    }

    @Test
    void whoMayChangeWhat() {
        String library = Api.published(admin, body("UNINTERESTED", "EN", "Library", null));
        String teamA = Api.published(coachA, body("UNINTERESTED", "EN", "Team A", "team-a"));
        String teamADraft = Api.create(coachA, body("UNINTERESTED", "EN", "Team A draft", "team-a"));

        // visible but not theirs: 403
        as(rep).body(body("UNINTERESTED", "EN", "x", "team-a"))
                .put("/playbooks/" + teamA)
                .then()
                .statusCode(403);
        as(coachB)
                .body(body("UNINTERESTED", "EN", "x", "team-b"))
                .put("/playbooks/" + teamA)
                .then()
                .statusCode(403);
        as(coachA)
                .body(body("UNINTERESTED", "EN", "x", "team-a"))
                .put("/playbooks/" + library)
                .then()
                .statusCode(403);
        as(coachA).post("/playbooks/" + library + "/archive").then().statusCode(403);
        // invisible (someone else's draft): 404
        as(rep).body(body("UNINTERESTED", "EN", "x", "team-a"))
                .put("/playbooks/" + teamADraft)
                .then()
                .statusCode(404);
        as(coachB).post("/playbooks/" + teamADraft + "/publish").then().statusCode(404);
        // a coach cannot move a playbook to a team they do not coach
        as(coachA)
                .body(body("UNINTERESTED", "EN", "moved", "team-b"))
                .put("/playbooks/" + teamADraft)
                .then()
                .statusCode(403);
        // the team's coach and the admin may
        as(coachA)
                .body(body("UNINTERESTED", "EN", "Team A draft v2", "team-a"))
                .put("/playbooks/" + teamADraft)
                .then()
                .statusCode(200)
                .body("title", equalTo("Team A draft v2"));
        as(admin).post("/playbooks/" + teamADraft + "/publish").then().statusCode(200);
    }

    @Test
    void archivingHidesFromTheDefaultListButKeepsVersionsReadable() {
        String id = Api.published(admin, body("DISTRUSTFUL", "EN", "To be archived", "team-z"));
        as(admin)
                .post("/playbooks/" + id + "/archive")
                .then()
                .statusCode(200)
                .body("status", equalTo("ARCHIVED"));
        as(rep).queryParam("teamId", "team-z")
                .get("/playbooks")
                .then()
                .body("totalCount", equalTo(0));
        as(rep).queryParam("teamId", "team-z")
                .queryParam("status", "ARCHIVED")
                .get("/playbooks")
                .then()
                .body("items.id", contains(id));
        as(rep).get("/playbooks/" + id + "/versions/1")
                .then()
                .statusCode(200)
                .body("title", equalTo("To be archived"));
        as(admin)
                .body(body("DISTRUSTFUL", "EN", "edit", "team-z"))
                .put("/playbooks/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        as(admin).post("/playbooks/" + id + "/publish").then().statusCode(409);
        as(admin)
                .post("/playbooks/" + id + "/archive")
                .then()
                .statusCode(200)
                .body("status", equalTo("ARCHIVED"));
    }

    @Test
    void anotherTenantGets404OnEveryWriteAndHistoryEndpoint() {
        String id = Api.published(admin, body("ANTAGONISTIC", "EN", "Ours", null));
        as(admin)
                .body(body("ANTAGONISTIC", "EN", "Our next", null))
                .put("/playbooks/" + id)
                .then()
                .statusCode(200);
        as(stranger)
                .body(body("ANTAGONISTIC", "EN", "Theirs", null))
                .put("/playbooks/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(stranger).post("/playbooks/" + id + "/publish").then().statusCode(404);
        as(stranger).post("/playbooks/" + id + "/archive").then().statusCode(404);
        as(stranger).body("{}").post("/playbooks/" + id + "/fork").then().statusCode(404);
        as(stranger).get("/playbooks/" + id + "/versions").then().statusCode(404);
        as(stranger).get("/playbooks/" + id + "/versions/1").then().statusCode(404);
        as(stranger).get("/playbooks/" + id + "/draft").then().statusCode(404);
        as(admin)
                .get("/playbooks/" + id)
                .then()
                .body("title", equalTo("Ours"))
                .body("status", equalTo("PUBLISHED"));
        as(stranger)
                .queryParam("status", "PUBLISHED")
                .queryParam("limit", 100)
                .get("/playbooks")
                .then()
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void writesNeedAToken() {
        given().contentType("application/json")
                .body(body("READY", "EN", "x", null))
                .post("/playbooks")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body(body("READY", "EN", "x", null))
                .put("/playbooks/any")
                .then()
                .statusCode(401);
        given().post("/playbooks/any/publish").then().statusCode(401);
        given().post("/playbooks/any/archive").then().statusCode(401);
        given().contentType("application/json")
                .body("{}")
                .post("/playbooks/any/fork")
                .then()
                .statusCode(401);
        given().get("/playbooks/any/versions").then().statusCode(401);
        given().get("/playbooks/any/versions/1").then().statusCode(401);
        given().get("/playbooks/any/draft").then().statusCode(401);
    }
}
