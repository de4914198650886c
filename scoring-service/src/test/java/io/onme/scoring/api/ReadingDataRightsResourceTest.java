package io.onme.scoring.api;

import static io.onme.scoring.support.Encounters.encounter;
import static io.onme.scoring.support.Encounters.immediate;
import static io.onme.scoring.support.Encounters.newTenant;
import static io.onme.scoring.support.Encounters.serviceToken;
import static io.onme.scoring.support.Encounters.settings;
import static io.onme.scoring.support.Readers.batchReading;
import static io.onme.scoring.support.Readers.confirm;
import static io.onme.scoring.support.Readers.correct;
import static io.onme.scoring.support.Readers.dispute;
import static io.onme.scoring.support.Readers.history;
import static io.onme.scoring.support.Readers.profile;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.onme.devstores.testing.TestTokens;
import io.onme.scoring.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Watching the analyser (agreement, corrections export, counters) and a person's data rights in
 * scoring (erasure, export), over HTTP with real tokens and PostgreSQL.
 */
@QuarkusTest
class ReadingDataRightsResourceTest {

    private static final String BLAME_TEXT = "The warehouse shipped the wrong units again and the buyer cancelled the order.";

    private static final String HEBREW_TEXT = "הלקוח לא היה מוכן, המחיר גבוה מדי.";

    @Inject
    DataSource dataSource;

    private String tenant;
    private String ann;
    private String carol;
    private String admin;

    @BeforeEach
    void people() {
        tenant = newTenant();
        immediate(tenant);
        ann = TestTokens.rep(tenant, "ann", "north");
        carol = TestTokens.coach(tenant, "carol", "north");
        admin = TestTokens.admin(tenant, "root");
    }

    @Test
    void agreementCountsPerLanguageWithConfusionAndWeeks() {
        Instant week1 = Instant.parse("2026-11-17T10:00:00Z");
        Instant week2 = Instant.parse("2026-11-25T10:00:00Z");
        encounter("ann", "north").at(week1).reflection(BLAME_TEXT).store(tenant, "en1");
        encounter("ann", "north").at(week1).store(tenant, "en2");
        encounter("bob", "north").at(week2).store(tenant, "en3");
        encounter("bob", "north").at(week2).store(tenant, "en4");
        encounter("ann", "north")
                .at(week2)
                .reflection(HEBREW_TEXT)
                .with("language", "HE")
                .store(tenant, "he1");
        String bob = TestTokens.rep(tenant, "bob", "north");
        dispute(ann, "en1", "not blame").statusCode(200);
        correct(carol, "en1", "OWNERSHIP", List.of(), "agreed").statusCode(200);
        confirm(carol, "en2").statusCode(200);
        dispute(bob, "en3", "hm").statusCode(200);
        String machineEn1 = new Sql(dataSource).factColumn(tenant, "en1", "machine_stance");
        String machineEn2 = new Sql(dataSource).factColumn(tenant, "en2", "machine_stance");

        JsonPath all = agreement(admin).statusCode(200).extract().jsonPath();
        assertEquals(List.of("EN", "HE"), all.getList("language").stream().sorted().toList());
        Map<String, Object> en = all.getMap("find { it.language == 'EN' }");
        assertEquals(4, en.get("readings"));
        assertEquals(2, en.get("disputed"));
        assertEquals(1, en.get("confirmed"));
        assertEquals(1, en.get("corrected"));
        assertEquals(0.5, ((Number) en.get("disputedShare")).doubleValue(), 1e-9);
        assertEquals(0.25, ((Number) en.get("correctedShare")).doubleValue(), 1e-9);
        List<Map<String, Object>> confusion = all.getList("find { it.language == 'EN' }.confusion");
        int cells = 0;
        for (Map<String, Object> cell : confusion) {
            cells += (Integer) cell.get("count");
        }
        assertEquals(2, cells);
        assertTrue(
                confusion.stream()
                        .anyMatch(
                                c -> c.get("machine").equals(machineEn1)
                                        && c.get("human").equals("OWNERSHIP")));
        assertTrue(
                confusion.stream()
                        .anyMatch(
                                c -> c.get("machine").equals(machineEn2)
                                        && c.get("human").equals(machineEn2)));
        assertEquals(
                List.of("2026-11-16T00:00:00Z", "2026-11-23T00:00:00Z"),
                all.getList("find { it.language == 'EN' }.trend.periodStart"));
        assertEquals(List.of(2, 2), all.getList("find { it.language == 'EN' }.trend.readings"));
        assertEquals(List.of(1, 1), all.getList("find { it.language == 'EN' }.trend.disputed"));
        Map<String, Object> he = all.getMap("find { it.language == 'HE' }");
        assertEquals(1, he.get("readings"));
        assertEquals(0, he.get("disputed"));
        assertNull(all.get("find { it.language == 'HE' }.confusion[0]"));

        agreement(carol).statusCode(403);
        agreement(ann).statusCode(403);
        given().auth()
                .oauth2(admin)
                .queryParam("window", "LAST_2_DAYS")
                .when()
                .get("/readings/agreement")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("window"));
        // another tenant's admin sees only their own (none)
        agreement(TestTokens.admin(newTenant(), "root"))
                .statusCode(200)
                .body("find { it.language == 'EN' }.readings", equalTo(0))
                .body("find { it.language == 'EN' }.disputedShare", equalTo(null));
    }

    @Test
    void correctionsExportOnlyWithConsentAsPseudonymousJsonLines() throws Exception {
        encounter("ann", "north").reflection(BLAME_TEXT).store(tenant, "e1");
        encounter("ann", "north").store(tenant, "e2");
        encounter("ann", "north").store(tenant, "e3");
        correct(carol, "e1", "BLAME", List.of("MARKET"), null).statusCode(200);
        confirm(carol, "e2").statusCode(200);

        corrections(admin)
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://onme.io/problems/consent-required"))
                .body("status", equalTo(403));
        corrections(carol)
                .statusCode(403)
                .body("type", equalTo("https://onme.io/problems/forbidden"));
        settings(tenant, Map.of("trainingConsent", true));
        corrections(carol).statusCode(403);

        String body = corrections(admin)
                .statusCode(200)
                .contentType(startsWith("application/x-ndjson"))
                .extract()
                .asString();
        String[] lines = body.strip().split("\n");
        assertEquals(2, lines.length);
        ObjectMapper mapper = new ObjectMapper();
        List<Map<?, ?>> items = new ArrayList<>();
        for (String line : lines) {
            items.add(mapper.readValue(line, Map.class));
        }
        Map<?, ?> corrected = items.stream()
                .filter(
                        i -> i.get("stance").equals("BLAME")
                                && ((List<?>) i.get("blameTargets"))
                                        .contains("MARKET"))
                .findFirst()
                .orElseThrow();
        assertEquals("en", corrected.get("language"));
        assertEquals(BLAME_TEXT, corrected.get("text"));
        assertEquals("production", corrected.get("register"));
        assertEquals(List.of("MARKET"), corrected.get("blameTargets"));
        assertTrue(corrected.containsKey("machineStance"));
        assertTrue(corrected.containsKey("machineBlameTargets"));
        // the writer is a stable pseudonym of the rep, the same for both, never the rep's id
        assertEquals(items.get(0).get("writer"), items.get(1).get("writer"));
        assertFalse(body.contains("ann"));
        assertFalse(body.contains("\"e1\""));
        assertFalse(body.contains(tenant));
        // another tenant with consent but no corrections: empty
        String other = newTenant();
        settings(other, Map.of("trainingConsent", true));
        assertEquals(
                "",
                corrections(TestTokens.admin(other, "root")).statusCode(200).extract().asString());
    }

    @Test
    void erasureRemovesThePersonsDataInTheTenantOnlyAndIsIdempotent() {
        String other = newTenant();
        immediate(other);
        encounter("ann", "north").store(tenant, "e1");
        encounter("ann", "north").reflection(BLAME_TEXT).store(tenant, "e2");
        encounter("bob", "north").store(tenant, "e3");
        encounter("ann", "north").store(other, "e1");
        dispute(ann, "e1", "hm").statusCode(200);
        correct(carol, "e2", "HELPLESS", List.of(), null).statusCode(200);
        confirm(carol, "e3").statusCode(200);
        Sql sql = new Sql(dataSource);

        erase(ann, "ann").statusCode(403);
        erase(carol, "ann").statusCode(403);
        erase(admin, "ann").statusCode(204);
        assertEquals(0, sql.factRows(tenant, "e1") + sql.factRows(tenant, "e2"));
        assertEquals(
                "0",
                sql.query(
                        "SELECT count(*) FROM reading_change WHERE tenant_id = ? AND rep_id = 'ann'",
                        tenant));
        assertEquals(
                "0",
                sql.query(
                        "SELECT count(*) FROM rep_member WHERE tenant_id = ? AND rep_id = 'ann'",
                        tenant));
        assertEquals(
                "0",
                sql.query(
                        "SELECT coalesce(sum(entries), 0) FROM score_week WHERE tenant_id = ? AND rep_id = 'ann'",
                        tenant));
        // bob's and the other tenant's ann are untouched
        assertEquals(1, sql.factRows(tenant, "e3"));
        assertEquals(1, sql.factRows(other, "e1"));
        assertEquals(1, profile(TestTokens.rep(other, "ann", "north"), "ann").getInt("entries"));
        // idempotent
        erase(admin, "ann").statusCode(204);

        // a coach's erasure keeps the readings they reviewed, without their id
        erase(admin, "carol").statusCode(204);
        assertEquals("erased", batchReading(admin, "e3").get("reviewedBy"));
        history(admin, "e3").statusCode(200).body("[0].actorId", equalTo("erased"));
        assertEquals(
                "0",
                sql.query(
                        "SELECT count(*) FROM reading_change WHERE tenant_id = ? AND actor_id = 'carol'",
                        tenant));
        // the admin who changed the settings
        erase(admin, "admin-settings").statusCode(204);
        assertEquals(
                "erased",
                sql.query("SELECT updated_by FROM tenant_settings WHERE tenant_id = ?", tenant));
        assertEquals(
                "admin-settings",
                sql.query("SELECT updated_by FROM tenant_settings WHERE tenant_id = ?", other));

        erase(admin, "bad\u0001id").statusCode(400);
        given().when().delete("/people/ann").then().statusCode(401);
        // journal-service's service token erases once the service-token mechanism covers
        // DELETE /people (onme.service-token.endpoints, service-support's mechanism); before
        // that, it is refused there like anywhere else outside /scores, never taken as a user's
        boolean servicePeople = ConfigProvider.getConfig()
                .getOptionalValue("onme.service-token.endpoints", String.class)
                .filter(endpoints -> endpoints.contains("/people"))
                .isPresent();
        encounter("bob", "north").store(tenant, "e-bob");
        erase(serviceToken(tenant), "bob").statusCode(servicePeople ? 204 : 401);
        assertEquals(servicePeople ? 0 : 1, sql.factRows(tenant, "e-bob"));
    }

    @Test
    void theExportHoldsTheCallersFactsReadingsAndHistoryOnly() {
        encounter("ann", "north").reflection(BLAME_TEXT).store(tenant, "e1");
        encounter("ann", "north").store(tenant, "e2");
        encounter("bob", "north").store(tenant, "e3");
        encounter("ann", "north").store(newTenant(), "e9");
        dispute(ann, "e1", "it was the market").statusCode(200);
        correct(carol, "e1", "BLAME", List.of("MARKET"), "ok").statusCode(200);

        JsonPath export = export(ann).statusCode(200).extract().jsonPath();
        assertEquals("ann", export.getString("personId"));
        assertEquals(
                List.of("e1", "e2"),
                export.getList("facts.fact.encounterId").stream().sorted().toList());
        Map<String, Object> e1 = export.getMap("facts.find { it.fact.encounterId == 'e1' }");
        assertEquals(
                List.of("DISPUTED", "CORRECTED"),
                new JsonPath(toJson(e1)).getList("history.action"));
        assertEquals("CORRECTED", new JsonPath(toJson(e1)).getString("fact.reading.state"));
        assertEquals(
                "it was the market",
                new JsonPath(toJson(e1)).getString("fact.reading.disputeNote"));
        export(TestTokens.rep(tenant, "bob", "north")).statusCode(200).body("facts", hasSize(1));
        export(carol).statusCode(200).body("facts", hasSize(0));
        given().when().get("/people/me/export").then().statusCode(401);
    }

    @Test
    void theReadingCountersHaveNoTenantOrUserLabels() {
        encounter("ann", "north").store(tenant, "e1");
        encounter("ann", "north").store(tenant, "e2");
        dispute(ann, "e1", "no").statusCode(200);
        confirm(carol, "e2").statusCode(200);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        List<String> readingLines = metrics.lines().filter(l -> l.startsWith("onme_readings_")).toList();
        assertTrue(
                readingLines.stream()
                        .anyMatch(
                                l -> l.startsWith("onme_readings_disputed_total{language=\"en\"")),
                readingLines.toString());
        assertTrue(
                readingLines.stream()
                        .anyMatch(
                                l -> l.startsWith("onme_readings_reviewed_total{")
                                        && l.contains("decision=\"confirm\"")
                                        && l.contains("language=\"en\"")),
                readingLines.toString());
        assertTrue(
                readingLines.stream().anyMatch(l -> l.startsWith("onme_readings_released_total")),
                readingLines.toString());
        for (String line : readingLines) {
            assertFalse(line.contains("tenant"), line);
            assertFalse(line.contains(tenant), line);
            assertFalse(line.contains("ann"), line);
            assertFalse(line.contains("carol"), line);
        }
    }

    private static String toJson(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static io.restassured.response.ValidatableResponse agreement(String token) {
        return given().auth().oauth2(token).when().get("/readings/agreement").then();
    }

    private static io.restassured.response.ValidatableResponse corrections(String token) {
        return given().auth().oauth2(token).when().get("/readings/corrections").then();
    }

    private static io.restassured.response.ValidatableResponse erase(String token, String person) {
        return given().auth().oauth2(token).when().delete("/people/{id}", person).then();
    }

    private static io.restassured.response.ValidatableResponse export(String token) {
        return given().auth().oauth2(token).when().get("/people/me/export").then();
    }
}
