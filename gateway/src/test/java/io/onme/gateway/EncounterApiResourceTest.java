package io.onme.gateway;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.gateway.fakes.Fakes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class EncounterApiResourceTest {

    @BeforeEach
    void reset() {
        Fakes.reset();
    }

    @Test
    void logsAHebrewEncounterForwardingTheCallersToken() {
        String token = TestTokens.rep("t-log", "dana", "team-a");

        JsonPath body = GraphQL.post(token, "logEncounter", "input", hebrewEncounter())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertNull(body.getList("errors"));
        assertEquals(
                "הלקוח אמר שהמחיר גבוה, לא הכנתי תשובה",
                body.getString("data.logEncounter.reflection"));
        assertEquals("HE", body.getString("data.logEncounter.language"));
        assertEquals("dana", body.getString("data.logEncounter.rep.id"));
        assertEquals(List.of("team-a"), body.getList("data.logEncounter.rep.teamIds"));
        assertEquals("אבי כהן", body.getString("data.logEncounter.customer.name"));
        assertEquals("ILS", body.getString("data.logEncounter.dealValue.currency"));
        List<Fakes.Call> journal = Fakes.calls("journal");
        assertThat(journal, hasSize(1));
        assertEquals("POST", journal.get(0).method());
        assertEquals("Bearer " + token, journal.get(0).authorization());
    }

    @Test
    void timestampsComeBackAsTheServicesWroteThemInUtc() {
        String token = TestTokens.rep("t-times", "noa", "team-a");
        Map<String, Object> input = new HashMap<>(hebrewEncounter());
        input.put("followUpAt", "2026-11-27T09:30:00.250+02:00");
        String id = GraphQL.post(token, "logEncounter", "input", input)
                .jsonPath()
                .getString("data.logEncounter.id");

        JsonPath read = GraphQL.post(token, "encounterTimestamps", "id", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertNull(read.getList("errors"), read::prettify);
        assertEquals("2026-11-20T08:15:00Z", read.getString("data.encounter.occurredAt"));
        assertEquals(
                Instant.parse("2026-11-27T07:30:00.250Z"),
                Instant.parse(read.getString("data.encounter.followUpAt")));
        String created = read.getString("data.encounter.createdAt");
        assertTrue(
                created.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"), created);
        assertEquals(created, read.getString("data.encounter.updatedAt"));
        assertEquals(
                List.of("2026-01-01T00:00:00Z"),
                read.getList("data.encounter.suggestedPlaybooks.updatedAt"));
    }

    @Test
    void encounterCarriesItsAnalysisAndAnotherTenantGetsNotFound() {
        String token = TestTokens.rep("t-one", "noa", "team-a");
        String id = GraphQL.post(token, "logEncounter", "input", hebrewEncounter())
                .jsonPath()
                .getString("data.logEncounter.id");

        JsonPath own = GraphQL.post(token, "encounter", "id", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("SCORED", own.getString("data.encounter.scoreStatus"));
        assertEquals("BLAME", own.getString("data.encounter.analysis.stance"));
        assertEquals(List.of("PRICE"), own.getList("data.encounter.analysis.blameTargets"));
        String reflection = own.getString("data.encounter.reflection");
        int start = own.getInt("data.encounter.analysis.evidence[0].start");
        int end = own.getInt("data.encounter.analysis.evidence[0].end");
        assertEquals(
                own.getString("data.encounter.analysis.evidence[0].text"),
                reflection.substring(start, end));
        assertEquals("PRICE_FOCUSED", own.getString("data.encounter.archetype.key"));

        JsonPath other = GraphQL.post(TestTokens.rep("t-two", "noa", "team-a"), "encounter", "id", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertTrue(other.getMap("data").containsKey("encounter"));
        assertNull(other.get("data.encounter"));
        assertEquals("NOT_FOUND", other.getString("errors[0].extensions.code"));
        assertEquals(List.of("encounter"), other.getList("errors[0].path"));
    }

    @Test
    void aPageOfEncountersCostsOneScoringCall() {
        String tenant = "t-page";
        Fakes.seed(tenant, "rami", "team-p", 30);
        Fakes.reset();
        String token = TestTokens.rep(tenant, "rami", "team-p");

        JsonPath page = GraphQL.post(token, "encountersWithAnalysis", "first", 25)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertNull(page.getList("errors"));
        assertThat(page.getList("data.encounters.edges"), hasSize(25));
        assertEquals(30, page.getInt("data.encounters.totalCount"));
        assertThat(
                page.getList("data.encounters.edges.node.analysis.stance"),
                everyItem(notNullValue()));
        List<Fakes.Call> scoring = Fakes.calls("scoring");
        assertThat(scoring, hasSize(1));
        assertEquals("/scores/batch", scoring.get(0).path());
        assertEquals(
                25,
                Stream.of(scoring.get(0).query().split("&"))
                        .filter(parameter -> parameter.startsWith("encounterId="))
                        .count());
        assertEquals("Bearer " + token, scoring.get(0).authorization());

        // the rest of the list, from the end cursor, with no overlap
        String after = page.getString("data.encounters.pageInfo.endCursor");
        JsonPath rest = GraphQL.post(token, "encountersWithAnalysis", "first", 25, "after", after)
                .jsonPath();
        assertThat(rest.getList("data.encounters.edges"), hasSize(5));
        assertFalse(rest.getBoolean("data.encounters.pageInfo.hasNextPage"));
        List<String> later = rest.getList("data.encounters.edges.node.id", String.class);
        page.getList("data.encounters.edges.node.id", String.class)
                .forEach(id -> assertFalse(later.contains(id)));
    }

    @Test
    void badInputNamesTheField() {
        Map<String, Object> input = new HashMap<>(hebrewEncounter());
        input.put("reflection", " ");
        JsonPath body = GraphQL.post(
                TestTokens.rep("t-bad", "ori", "team-a"),
                "logEncounter",
                "input",
                input)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("BAD_USER_INPUT", body.getString("errors[0].extensions.code"));
        assertEquals("reflection", body.getString("errors[0].extensions.field"));
    }

    @Test
    void firstAboveOneHundredIsRefusedWithoutCallingTheJournal() {
        JsonPath body = GraphQL.post(
                TestTokens.rep("t-cap", "ori", "team-a"),
                "encountersWithAnalysis",
                "first",
                101)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("BAD_USER_INPUT", body.getString("errors[0].extensions.code"));
        assertEquals("first", body.getString("errors[0].extensions.field"));
        assertThat(Fakes.calls("journal"), empty());
    }

    @Test
    void analyzeReflectionForwardsTheTextAndLanguage() {
        JsonPath body = GraphQL.post(
                TestTokens.rep("t-an", "ori", "team-a"),
                "analyzeReflection",
                "text",
                "המחיר שלהם הרג את העסקה",
                "language",
                "HE")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("HE", body.getString("data.analyzeReflection.language"));
        assertEquals("BLAME", body.getString("data.analyzeReflection.stance"));
        assertEquals("מחיר", body.getString("data.analyzeReflection.evidence[0].text"));
        assertEquals(
                List.of("/analyses"),
                Fakes.calls("scoring").stream().map(Fakes.Call::path).toList());
    }

    @Test
    void aRepUpdatesTheirEncounterAndACoachAddsANote() {
        String rep = TestTokens.rep("t-edit", "maya", "team-e");
        String id = GraphQL.post(rep, "logEncounter", "input", hebrewEncounter())
                .jsonPath()
                .getString("data.logEncounter.id");

        JsonPath updated = GraphQL.post(
                rep,
                "updateEncounter",
                "id",
                id,
                "input",
                Map.of(
                        "outcome",
                        "WON",
                        "tactics",
                        List.of("שאלות פתוחות"),
                        "followUpAt",
                        "2026-12-01T09:00:00+02:00"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertNull(updated.getList("errors"));
        assertEquals("WON", updated.getString("data.updateEncounter.outcome"));
        assertEquals(List.of("שאלות פתוחות"), updated.getList("data.updateEncounter.tactics"));
        assertEquals("2026-12-01T07:00:00Z", updated.getString("data.updateEncounter.followUpAt"));
        Fakes.Call patch = Fakes.calls("journal").get(1);
        assertEquals("PATCH", patch.method());
        assertEquals("/encounters/" + id, patch.path());

        JsonPath note = GraphQL.post(
                TestTokens.coach("t-edit", "coach-rina", "team-e"),
                "addCoachingNote",
                "encounterId",
                id,
                "text",
                "כל הכבוד על המעקב")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("coach-rina", note.getString("data.addCoachingNote.authorId"));
        assertEquals("כל הכבוד על המעקב", note.getString("data.addCoachingNote.text"));
    }

    @Test
    void anotherTenantCannotUpdateOrAnnotate() {
        String id = GraphQL.post(
                TestTokens.rep("t-mine", "maya", "team-e"),
                "logEncounter",
                "input",
                hebrewEncounter())
                .jsonPath()
                .getString("data.logEncounter.id");
        String stranger = TestTokens.admin("t-theirs", "admin");

        JsonPath update = GraphQL.post(
                stranger,
                "updateEncounter",
                "id",
                id,
                "input",
                Map.of("outcome", "WON"))
                .jsonPath();
        assertEquals("NOT_FOUND", update.getString("errors[0].extensions.code"));
        assertNull(update.get("data"));

        JsonPath note = GraphQL.post(stranger, "addCoachingNote", "encounterId", id, "text", "שלום")
                .jsonPath();
        assertEquals("NOT_FOUND", note.getString("errors[0].extensions.code"));
    }

    static Map<String, Object> hebrewEncounter() {
        return Map.of(
                "customer", Map.of("name", "אבי כהן"),
                "occurredAt", "2026-11-20T10:15:00+02:00",
                "channel", "MEETING",
                "archetype", "PRICE_FOCUSED",
                "intensity", 4,
                "outcome", "LOST",
                "dealValue", Map.of("amount", "1250.00", "currency", "ILS"),
                "reflection", "הלקוח אמר שהמחיר גבוה, לא הכנתי תשובה");
    }
}
