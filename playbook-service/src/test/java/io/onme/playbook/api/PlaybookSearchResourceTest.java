package io.onme.playbook.api;

import static io.onme.playbook.api.Api.as;
import static io.onme.playbook.api.Api.body;
import static io.onme.playbook.api.Api.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Full-text search: Hebrew with and without prefixes, English stemming, ranking, isolation. */
@QuarkusTest
class PlaybookSearchResourceTest {

    private static final String TEAM = "search-team";

    private final String tenant = Api.tenant();
    private final String admin = TestTokens.admin(tenant, "admin-1");
    private final String rep = TestTokens.rep(tenant, "rep-1", TEAM);

    private String inStep;
    private String inTitle;
    private String inStance;
    private String unrelated;

    @BeforeEach
    void library() {
        inStep = Api.published(
                admin,
                with(
                        body("NOT_LISTENING", "HE", "לעצור ולשאול", TEAM),
                        "steps",
                        List.of(
                                Map.of(
                                        "title",
                                        "להקשיב ללקוח עד הסוף",
                                        "detail",
                                        "לא לקטוע"))));
        inTitle = Api.published(admin, body("HOSTILE", "HE", "כשהלקוח כועס", TEAM));
        inStance = Api.published(
                admin,
                with(
                        body("READY", "HE", "שירות אחרי המכירה", TEAM),
                        "stance",
                        "לקוח מרוצה מביא חברים"));
        unrelated = Api.published(admin, body("PRICE_FOCUSED", "HE", "מחיר והנחות", TEAM));
    }

    private Response search(String q) {
        return as(rep).queryParam("teamId", TEAM).queryParam("q", q).get("/playbooks");
    }

    @Test
    void theBareWordFindsItWithPrefixesInTitleStanceAndSteps() {
        search("לקוח")
                .then()
                .statusCode(200)
                .body("totalCount", equalTo(3))
                .body("items.id", containsInAnyOrder(inStep, inTitle, inStance));
    }

    @Test
    void aPrefixedWordFindsTheBareAndOtherPrefixedForms() {
        search("ללקוח")
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder(inStep, inTitle, inStance));
        search("הלקוח")
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder(inStep, inTitle, inStance));
        String plural = Api.published(
                admin,
                with(
                        body("CLOSED", "HE", "שאלות פתוחות", TEAM),
                        "phrasesToUse",
                        List.of("מה חשוב ללקוחות שלכם?")));
        search("הלקוחות").then().statusCode(200).body("items.id", contains(plural));
        search("ללקוח").then().statusCode(200).body("items.id", hasItem(plural));
    }

    @Test
    void everyWordMustMatch() {
        search("לקוח מרוצה").then().statusCode(200).body("items.id", contains(inStance));
        search("לקוח הנחות").then().statusCode(200).body("totalCount", equalTo(0));
    }

    @Test
    void aTitleMatchRanksAboveABodyMatch() {
        String titled = Api.published(admin, body("SKEPTICAL", "HE", "הוכחות במקום הבטחות", TEAM));
        String bodied = Api.published(
                admin,
                with(
                        body("SKEPTICAL", "HE", "פגישה שנייה", TEAM),
                        "steps",
                        List.of(Map.of("title", "להביא הוכחות מלקוחות דומים"))));
        search("הוכחות").then().statusCode(200).body("items.id", contains(titled, bodied));
    }

    @Test
    void englishSearchStems() {
        String objections = Api.published(
                admin,
                with(
                        body("ANTAGONISTIC", "EN", "Arguing customers", TEAM),
                        "steps",
                        List.of(
                                Map.of(
                                        "title",
                                        "Handle objections calmly",
                                        "detail",
                                        "Agree with what is true"))));
        search("objection").then().statusCode(200).body("items.id", contains(objections));
        search("handling").then().statusCode(200).body("items.id", contains(objections));
        search("argue").then().statusCode(200).body("items.id", contains(objections));
    }

    @Test
    void builtInsAreSearchableToo() {
        as(rep).queryParam("q", "קמצן")
                .queryParam("language", "HE")
                .get("/playbooks")
                .then()
                .statusCode(200)
                .body("items.id", hasItem("builtin-price-focused-he"));
        as(rep).queryParam("q", "discount")
                .queryParam("language", "EN")
                .get("/playbooks")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo("builtin-price-focused-en"));
    }

    @Test
    void searchPagesWithCursorsAndNeverCrossesTenants() {
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            var request = as(rep).queryParam("teamId", TEAM)
                    .queryParam("q", "לקוח")
                    .queryParam("limit", 1);
            if (after != null) {
                request.queryParam("after", after);
            }
            Response page = request.get("/playbooks");
            page.then().statusCode(200).body("totalCount", equalTo(3));
            seen.addAll(page.path("items.id"));
            after = page.path("nextCursor");
        } while (after != null && seen.size() < 10);
        assertEquals(
                List.of(inStep, inTitle, inStance).stream().sorted().toList(),
                seen.stream().sorted().toList());

        String stranger = TestTokens.admin(Api.tenant(), "stranger");
        as(stranger)
                .queryParam("teamId", TEAM)
                .queryParam("q", "לקוח")
                .get("/playbooks")
                .then()
                .statusCode(200)
                .body("totalCount", equalTo(0));
    }

    @Test
    void oddInputIsHarmless() {
        search("לקוח & | ! ( :*").then().statusCode(200).body("totalCount", equalTo(3));
        search("&&&").then().statusCode(200).body("totalCount", equalTo(4));
        search("q".repeat(201)).then().statusCode(400).body("errors[0].field", equalTo("q"));
        as(rep).queryParam("q", "לקוח")
                .queryParam("after", "bm90LWEtY3Vyc29y")
                .get("/playbooks")
                .then()
                .statusCode(400);
        assertEquals(unrelated, search("הנחות").path("items[0].id"));
    }
}
