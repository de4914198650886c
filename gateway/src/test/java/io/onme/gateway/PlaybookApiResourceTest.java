package io.onme.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.gateway.fakes.Fakes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class PlaybookApiResourceTest {

    @BeforeEach
    void reset() {
        Fakes.reset();
    }

    @Test
    void archetypeTextsFollowTheArgumentElseTheCallersLocale() {
        String hebrewSpeaker = TestTokens.builder("t-arch", "u").locale("he").group("rep").sign();
        JsonPath body = GraphQL.post(hebrewSpeaker, "archetypes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertEquals(9, body.getList("data.archetypes").size());
        assertEquals("SKEPTICAL", body.getString("data.archetypes[0].key"));
        assertEquals("הספקן", body.getString("data.archetypes[0].name"));
        assertEquals("הספקן", body.getString("data.archetypes[0].nameHe"));
        assertEquals("Skeptical", body.getString("data.archetypes[0].nameEn"));
        assertEquals(List.of("סימן של הספקן"), body.getList("data.archetypes[0].signals"));

        JsonPath english = GraphQL.post(TestTokens.rep("t-arch", "u"), "archetypes").jsonPath();
        assertEquals("Skeptical", english.getString("data.archetypes[0].name"));
    }

    @Test
    void playbooksFilteredWithTheirArchetypesFromOneCatalogueCall() {
        JsonPath body = GraphQL.post(
                TestTokens.rep("t-pb", "u"),
                "playbooks",
                "filter",
                Map.of("language", "HE"),
                "first",
                5)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertNull(body.getList("errors"));
        assertEquals(5, body.getList("data.playbooks.edges").size());
        assertEquals(9, body.getInt("data.playbooks.totalCount"));
        assertTrue(body.getBoolean("data.playbooks.pageInfo.hasNextPage"));
        body.getList("data.playbooks.edges.node.language")
                .forEach(language -> assertEquals("HE", language));
        List<Fakes.Call> calls = Fakes.calls("playbook");
        assertEquals(
                List.of("/playbooks", "/archetypes"),
                calls.stream().map(Fakes.Call::path).toList(),
                calls.toString());
        assertTrue(calls.get(0).query().contains("language=HE"));
    }

    @Test
    void anotherTenantsPlaybookIsNotFound() {
        String mine = TestTokens.admin("t-pb-a", "admin");
        String id = GraphQL.post(mine, "createPlaybook", "input", draft("שיחה מול לקוח ספקן"))
                .jsonPath()
                .getString("data.createPlaybook.id");

        JsonPath other = GraphQL.post(TestTokens.admin("t-pb-b", "admin"), "playbook", "id", id).jsonPath();
        assertNull(other.get("data.playbook"));
        assertEquals("NOT_FOUND", other.getString("errors[0].extensions.code"));

        JsonPath own = GraphQL.post(mine, "playbook", "id", id).jsonPath();
        assertEquals("שיחה מול לקוח ספקן", own.getString("data.playbook.title"));
    }

    @Test
    void draftEditPublishArchiveWithAStaleEditAsConflict() {
        String admin = TestTokens.admin("t-cycle", "admin");
        JsonPath created = GraphQL.post(admin, "createPlaybook", "input", draft("טיוטה")).jsonPath();
        String id = created.getString("data.createPlaybook.id");
        assertEquals("DRAFT", created.getString("data.createPlaybook.status"));
        assertEquals(List.of(1, 2), created.getList("data.createPlaybook.steps.position"));
        int revision = created.getInt("data.createPlaybook.revision");

        JsonPath edited = GraphQL.post(
                admin,
                "updatePlaybook",
                "id",
                id,
                "input",
                draft("גרסה שנייה"),
                "expectedRevision",
                revision)
                .jsonPath();
        assertEquals("גרסה שנייה", edited.getString("data.updatePlaybook.title"));

        JsonPath stale = GraphQL.post(
                admin,
                "updatePlaybook",
                "id",
                id,
                "input",
                draft("דריסה"),
                "expectedRevision",
                revision)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("CONFLICT", stale.getString("errors[0].extensions.code"));
        assertEquals(List.of("updatePlaybook"), stale.getList("errors[0].path"));

        JsonPath published = GraphQL.post(admin, "publishPlaybook", "id", id).jsonPath();
        assertEquals("PUBLISHED", published.getString("data.publishPlaybook.status"));
        assertEquals(1, published.getInt("data.publishPlaybook.version"));

        assertEquals(
                "ARCHIVED",
                GraphQL.post(admin, "archivePlaybook", "id", id)
                        .jsonPath()
                        .getString("data.archivePlaybook.status"));
    }

    @Test
    void blankTitleIsBadInputNamingTheField() {
        JsonPath body = GraphQL.post(
                TestTokens.admin("t-pb-bad", "admin"),
                "createPlaybook",
                "input",
                draft(" "))
                .jsonPath();
        assertEquals("BAD_USER_INPUT", body.getString("errors[0].extensions.code"));
        assertEquals("title", body.getString("errors[0].extensions.field"));
    }

    static Map<String, Object> draft(String title) {
        return Map.of(
                "archetype",
                "SKEPTICAL",
                "language",
                "HE",
                "title",
                title,
                "stance",
                "אני אחראי להוכיח",
                "steps",
                List.of(
                        Map.of("title", "לשאול מה מדאיג אותו"),
                        Map.of("title", "להביא הוכחה", "detail", "מקרה לקוח")),
                "phrasesToUse",
                List.of("מה יעזור לך להשתכנע?"));
    }
}
