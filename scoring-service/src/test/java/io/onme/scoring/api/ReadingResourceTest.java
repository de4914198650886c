package io.onme.scoring.api;

import static io.onme.scoring.support.Encounters.encounter;
import static io.onme.scoring.support.Encounters.immediate;
import static io.onme.scoring.support.Encounters.newTenant;
import static io.onme.scoring.support.Encounters.settings;
import static io.onme.scoring.support.Readers.batchFact;
import static io.onme.scoring.support.Readers.batchReading;
import static io.onme.scoring.support.Readers.confirm;
import static io.onme.scoring.support.Readers.correct;
import static io.onme.scoring.support.Readers.dispute;
import static io.onme.scoring.support.Readers.history;
import static io.onme.scoring.support.Readers.profile;
import static io.onme.scoring.support.Readers.review;
import static io.onme.scoring.support.Readers.seen;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.scoring.service.ReleaseJob;
import io.onme.scoring.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Readings over HTTP (docs/coaching-not-surveillance.md): the rep sees first and disputes, a coach
 * reviews, the settings decide when coaches and indicators see a reading, and every refusal is the
 * problem it should be. ann and bob are reps of north (coached by carol), cid of south (coached by
 * dora).
 */
@QuarkusTest
class ReadingResourceTest {

    private static final String PROBLEMS = "https://onme.io/problems/";

    private static final String BLAME_TEXT = "The warehouse shipped the wrong units again and the buyer cancelled the order.";

    private static final String EDITED_TEXT = "I promised a delivery date I could not keep. I will check with operations first.";

    @Inject
    DataSource dataSource;

    @Inject
    ReleaseJob releaseJob;

    private String tenant;
    private String ann;
    private String bob;
    private String carol;
    private String dora;
    private String admin;

    @BeforeEach
    void people() {
        tenant = newTenant();
        ann = TestTokens.rep(tenant, "ann", "north");
        bob = TestTokens.rep(tenant, "bob", "north");
        carol = TestTokens.coach(tenant, "carol", "north");
        dora = TestTokens.coach(tenant, "dora", "south");
        admin = TestTokens.admin(tenant, "root");
    }

    @Test
    void afterRepSeenTheCoachWaitsAndNoIndicatorMovesUntilTheRepOpensIt() {
        encounter("ann", "north").store(tenant, "e1");
        // one of this week too: indicators read this week from the facts, not the rollups
        encounter("ann", "north").at(Instant.now().minusSeconds(60)).store(tenant, "e-now");

        Map<String, Object> withheld = batchFact(carol, "e1");
        assertEquals(true, withheld.get("withheld"));
        assertNull(withheld.get("analysis"));
        assertNull(withheld.get("reading"));
        assertEquals(true, batchFact(admin, "e1").get("withheld"));
        // the rep sees her own reading, not yet released
        Map<String, Object> own = batchFact(ann, "e1");
        assertEquals(false, own.get("withheld"));
        assertNotNull(own.get("analysis"));
        assertEquals(false, reading(own).get("releasedToCoaches"));
        assertEquals("UNREVIEWED", reading(own).get("state"));
        // no indicator counts it, not even her own
        assertEquals(0, profile(ann, "ann").getInt("entries"));
        assertEquals(0, profile(carol, "ann").getInt("entries"));
        assertEquals(0, outcomeEncounters(carol));
        leaderboard(carol).body("$", hasSize(0));
        history(carol, "e1").statusCode(409);
        confirm(carol, "e1").statusCode(409).body("type", equalTo(PROBLEMS + "conflict"));

        // only the rep marks it seen
        seen(carol, "e1").statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"));
        seen(bob, "e1").statusCode(403);
        seen(admin, "e1").statusCode(403);
        String first = seen(ann, "e1")
                .statusCode(200)
                .body("releasedToCoaches", equalTo(true))
                .body("seenByRepAt", notNullValue())
                .extract()
                .path("seenByRepAt");
        // idempotent: the first opening counts
        seen(ann, "e1").statusCode(200).body("seenByRepAt", equalTo(first));

        assertEquals(false, batchFact(carol, "e1").get("withheld"));
        assertNotNull(batchReading(carol, "e1").get("stance"));
        assertEquals(1, profile(ann, "ann").getInt("entries"));
        assertEquals(1, profile(carol, "ann").getInt("entries"));
        assertEquals(1, outcomeEncounters(carol));
        leaderboard(carol).body("rep.id", contains("ann")).body("[0].entries", equalTo(1));
        seen(ann, "e-now").statusCode(200);
        assertEquals(2, profile(carol, "ann").getInt("entries"));
        assertEquals(2, outcomeEncounters(carol));
    }

    /** The encounters the team north's ownership–outcome quartiles count. */
    private static int outcomeEncounters(String token) {
        List<Integer> perQuartile = given().auth()
                .oauth2(token)
                .queryParam("window", "ALL_TIME")
                .when()
                .get("/teams/north/ownership-outcome")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("encounters", Integer.class);
        return perQuartile.stream().mapToInt(Integer::intValue).sum();
    }

    @Test
    void immediateReleasesOnWriteAndSwitchingToItReleasesWhatWaits() {
        encounter("ann", "north").store(tenant, "e1");
        assertEquals(true, batchFact(carol, "e1").get("withheld"));
        immediate(tenant);
        // switching released the waiting reading
        assertEquals(false, batchFact(carol, "e1").get("withheld"));
        encounter("bob", "north").store(tenant, "e2");
        assertEquals(true, batchReading(carol, "e2").get("releasedToCoaches"));
        assertEquals(1, profile(carol, "bob").getInt("entries"));
        // released readings stay released when the setting changes back
        settings(tenant, Map.of("coachVisibility", "AFTER_REP_SEEN"));
        assertEquals(false, batchFact(carol, "e2").get("withheld"));
        assertEquals(1, profile(carol, "bob").getInt("entries"));
    }

    @Test
    void afterDelayTheReleaseJobReleasesDueReadingsOnly() {
        settings(tenant, Map.of("coachVisibility", "AFTER_DELAY", "coachDelayHours", 2));
        String other = newTenant();
        settings(other, Map.of("coachVisibility", "AFTER_DELAY", "coachDelayHours", 2));
        encounter("ann", "north").store(tenant, "e1");
        encounter("bob", "north").store(tenant, "e2");
        encounter("ann", "north").store(other, "e1");
        String otherCoach = TestTokens.coach(other, "carol", "north");

        releaseJob.releaseDue(Instant.now().plus(Duration.ofMinutes(30)));
        assertEquals(true, batchFact(carol, "e1").get("withheld"));
        // the rep's opening comes first for e2
        seen(bob, "e2").statusCode(200).body("releasedToCoaches", equalTo(true));
        assertEquals(0, profile(carol, "ann").getInt("entries"));

        releaseJob.releaseDue(Instant.now().plus(Duration.ofHours(3)));
        assertEquals(false, batchFact(carol, "e1").get("withheld"));
        assertEquals(1, profile(carol, "ann").getInt("entries"));
        // every tenant whose delay passed: the other one's too, under its own settings
        assertEquals(false, batchFact(otherCoach, "e1").get("withheld"));
    }

    @Test
    void theRepDisputesOncePerRevisionWithANoteAndTheDisputeReleases() {
        encounter("ann", "north").store(tenant, "e1");
        dispute(ann, "e1", "").statusCode(400).body("errors[0].field", equalTo("note"));
        dispute(ann, "e1", "   ").statusCode(400);
        dispute(ann, "e1", null).statusCode(400);
        dispute(ann, "e1", "x".repeat(501))
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-input"));
        dispute(carol, "e1", "not mine").statusCode(403);
        dispute(admin, "e1", "not mine").statusCode(403);
        dispute(ann, "no-such", "why")
                .statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"));

        dispute(ann, "e1", "x".repeat(500)).statusCode(200);
        // once: the reading is DISPUTED now
        dispute(ann, "e1", "again").statusCode(409).body("type", equalTo(PROBLEMS + "conflict"));
        Map<String, Object> reading = batchReading(carol, "e1");
        assertEquals("DISPUTED", reading.get("state"));
        assertEquals(true, reading.get("releasedToCoaches"));
        assertEquals("x".repeat(500), reading.get("disputeNote"));
        assertNotNull(reading.get("disputedAt"));
        history(ann, "e1")
                .statusCode(200)
                .body("action", contains("DISPUTED"))
                .body("[0].actorId", equalTo("ann"))
                .body("[0].note", equalTo("x".repeat(500)));
        // a new revision with the same text (a later outcome) keeps the reading and its dispute
        encounter("ann", "north").revision(2).outcome("WON").store(tenant, "e1");
        assertEquals("DISPUTED", batchReading(ann, "e1").get("state"));
        dispute(ann, "e1", "again").statusCode(409);
        // a new text is a new reading: disputable again
        encounter("ann", "north").revision(3).reflection(EDITED_TEXT).store(tenant, "e1");
        dispute(ann, "e1", "still not right").statusCode(200).body("state", equalTo("DISPUTED"));
    }

    @Test
    void aCoachConfirmsOrCorrectsAReleasedReadingOfTheirTeamOnce() {
        immediate(tenant);
        encounter("ann", "north").store(tenant, "e1");
        encounter("ann", "north").reflection(BLAME_TEXT).store(tenant, "e2");
        encounter("carol", "north").store(tenant, "e-carol");
        encounter("cid", "south").store(tenant, "e-cid");

        // who may not
        confirm(ann, "e1").statusCode(403);
        confirm(bob, "e1").statusCode(403);
        confirm(dora, "e1").statusCode(403);
        confirm(carol, "e-carol")
                .statusCode(403)
                .body("detail", equalTo("nobody reviews their own reading"));
        confirm(carol, "e-cid").statusCode(403);
        confirm(carol, "no-such").statusCode(404);

        JsonPath confirmed = confirm(carol, "e1").statusCode(200).extract().jsonPath();
        assertEquals("CONFIRMED", confirmed.getString("state"));
        assertEquals(confirmed.getString("machineStance"), confirmed.getString("stance"));
        assertEquals("carol", confirmed.getString("reviewedBy"));
        assertNotNull(confirmed.getString("reviewedAt"));
        confirm(carol, "e1").statusCode(409);
        correct(admin, "e1", "HELPLESS", List.of(), null).statusCode(409);
        dispute(ann, "e1", "too late").statusCode(409);

        JsonPath corrected = correct(carol, "e2", "BLAME", List.of("MARKET", "MARKET"), "the market, not ops")
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("CORRECTED", corrected.getString("state"));
        assertEquals("BLAME", corrected.getString("stance"));
        assertEquals(List.of("MARKET"), corrected.getList("blameTargets"));
        // the analyser's formula for BLAME with no other signal
        assertEquals(20, corrected.getInt("ownershipScore"));
        assertEquals("the market, not ops", corrected.getString("reviewNote"));
        history(ann, "e2")
                .statusCode(200)
                .body("action", contains("CORRECTED"))
                .body("[0].actorId", equalTo("carol"))
                .body("[0].stance", equalTo("BLAME"))
                .body("[0].blameTargets", contains("MARKET"))
                .body("[0].beforeStance", equalTo(corrected.getString("machineStance")));
        // an admin reviews any reading of the tenant
        confirm(admin, "e-cid").statusCode(200).body("reviewedBy", equalTo("root"));
    }

    @Test
    void correctionsThatDoNotFitAreBadInput() {
        immediate(tenant);
        encounter("ann", "north").store(tenant, "e1");
        correct(carol, "e1", "OWNERSHIP", List.of("PRICE"), null)
                .statusCode(400)
                .body("errors[0].field", equalTo("blameTargets"));
        correct(carol, "e1", "BLAME", List.of(), null)
                .statusCode(400)
                .body("errors[0].field", equalTo("blameTargets"));
        correct(carol, "e1", null, List.of(), null)
                .statusCode(400)
                .body("errors[0].field", equalTo("stance"));
        correct(carol, "e1", "ANGRY", List.of(), null)
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "unreadable-body"));
        correct(carol, "e1", "BLAME", List.of("WEATHER"), null).statusCode(400);
        correct(carol, "e1", "HELPLESS", List.of(), "").statusCode(400);
        correct(carol, "e1", "HELPLESS", List.of(), "y".repeat(501)).statusCode(400);
        review(carol, "e1", Map.of()).statusCode(400).body("errors[0].field", equalTo("decision"));
        review(carol, "e1", Map.of("decision", "MAYBE")).statusCode(400);
        review(carol, "e1", Map.of("decision", "CONFIRM", "stance", "BLAME"))
                .statusCode(400)
                .body("errors[0].field", equalTo("stance"));
        // MIXED may name targets or none
        correct(carol, "e1", "MIXED", List.of(), null)
                .statusCode(200)
                .body("ownershipScore", equalTo(50));
        // a disputed reading is corrected only with a note
        encounter("ann", "north").store(tenant, "e2");
        dispute(ann, "e2", "I owned it").statusCode(200);
        correct(carol, "e2", "OWNERSHIP", List.of(), null)
                .statusCode(400)
                .body("errors[0].field", equalTo("note"));
        correct(carol, "e2", "OWNERSHIP", List.of(), "agreed")
                .statusCode(200)
                .body("ownershipScore", equalTo(80))
                .body("disputeNote", equalTo("I owned it"));
    }

    @Test
    void aCorrectionMovesTheProfileAndTheLeaderboard() {
        immediate(tenant);
        encounter("ann", "north").reflection(BLAME_TEXT).store(tenant, "e1");
        JsonPath before = profile(carol, "ann");
        assertEquals(1, before.getInt("entries"));
        correct(carol, "e1", "BLAME", List.of("MARKET"), null).statusCode(200);

        JsonPath after = profile(carol, "ann");
        assertEquals(20.0, after.getDouble("ownershipIndex"), 1e-9);
        assertEquals(1, after.getInt("stanceMix.find { it.stance == 'BLAME' }.count"));
        assertEquals(
                1.0, after.getDouble("blameProfile.find { it.target == 'MARKET' }.share"), 1e-9);
        assertEquals(0, after.getInt("blameProfile.findAll { it.target != 'MARKET' }.count.sum()"));

        JsonPath board = given().auth()
                .oauth2(carol)
                .queryParam("window", "ALL_TIME")
                .when()
                .get("/teams/north/leaderboard")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(20.0, board.getDouble("[0].ownershipIndex"), 1e-9);
        assertEquals(1, board.getInt("[0].blameProfile.find { it.target == 'MARKET' }.count"));

        correct(carol, "e1", "OWNERSHIP", List.of(), null).statusCode(409);
        // the correction to OWNERSHIP of another reading scores like a clean ownership reading
        encounter("ann", "north").reflection(BLAME_TEXT).store(tenant, "e2");
        correct(carol, "e2", "OWNERSHIP", List.of(), null).statusCode(200);
        JsonPath both = profile(ann, "ann");
        assertEquals(2, both.getInt("entries"));
        assertEquals(1, both.getInt("stanceMix.find { it.stance == 'OWNERSHIP' }.count"));
    }

    @Test
    void aRescoreKeepsACorrectionAndANewRevisionResetsIt() {
        immediate(tenant);
        Sql sql = new Sql(dataSource);
        encounter("ann", "north").reflection(BLAME_TEXT).store(tenant, "e1");
        correct(carol, "e1", "HELPLESS", List.of(), "she gave up").statusCode(200);
        String machine = sql.factColumn(tenant, "e1", "machine_stance");

        // the same revision analysed by a newer analyser: only the machine's reading changes
        sql.execute(
                "UPDATE score_fact SET analyzer_version = '0.9.0', machine_stance = 'NEUTRAL'"
                        + " WHERE tenant_id = ? AND encounter_id = 'e1'",
                tenant);
        encounter("ann", "north").reflection(BLAME_TEXT).store(tenant, "e1");
        Map<String, Object> kept = batchReading(carol, "e1");
        assertEquals("CORRECTED", kept.get("state"));
        assertEquals("HELPLESS", kept.get("stance"));
        assertEquals(10, kept.get("ownershipScore"));
        assertEquals(machine, kept.get("machineStance"));
        assertEquals(
                1,
                profile(carol, "ann").getInt("stanceMix.find { it.stance == 'HELPLESS' }.count"));
        // the rescore job likewise
        sql.execute(
                "UPDATE score_fact SET analyzer_version = '0.9.0', machine_stance = 'NEUTRAL',"
                        + " confidence = NULL WHERE tenant_id = ? AND encounter_id = 'e1'",
                tenant);
        String job = given().auth()
                .oauth2(admin)
                .when()
                .post("/admin/rescore")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> "DONE"
                                .equals(
                                        given().auth()
                                                .oauth2(admin)
                                                .when()
                                                .get("/admin/rescore/{job}", job)
                                                .then()
                                                .extract()
                                                .path("status")));
        Map<String, Object> rescored = batchReading(carol, "e1");
        assertEquals("HELPLESS", rescored.get("stance"));
        assertEquals(machine, rescored.get("machineStance"));
        assertNotNull(rescored.get("confidence"));

        // a new revision with the same text (a later outcome) keeps the correction
        encounter("ann", "north")
                .reflection(BLAME_TEXT)
                .revision(2)
                .outcome("WON")
                .store(tenant, "e1");
        assertEquals("CORRECTED", batchReading(carol, "e1").get("state"));
        assertEquals("HELPLESS", batchReading(carol, "e1").get("stance"));

        // a new text is a new reading: the machine's, UNREVIEWED, with a RESET
        encounter("ann", "north").reflection(EDITED_TEXT).revision(3).store(tenant, "e1");
        Map<String, Object> reset = batchReading(ann, "e1");
        assertEquals("UNREVIEWED", reset.get("state"));
        String newMachine = (String) reset.get("machineStance");
        assertEquals(newMachine, reset.get("stance"));
        assertNull(reset.get("reviewedBy"));
        assertNull(reset.get("reviewNote"));
        history(ann, "e1")
                .statusCode(200)
                .body("action", contains("CORRECTED", "RESET"))
                .body("[1].beforeStance", equalTo("HELPLESS"))
                .body("[1].stance", equalTo(newMachine))
                .body("[1].revision", equalTo(3));
        // released under IMMEDIATE, counting with the machine's new stance only
        JsonPath after = profile(carol, "ann");
        assertEquals(1, after.getInt("entries"));
        assertEquals(1, after.getInt("stanceMix.find { it.stance == '" + newMachine + "' }.count"));
        // a new text of an unreviewed reading leaves no history
        encounter("bob", "north").store(tenant, "e2");
        encounter("bob", "north").revision(2).reflection(EDITED_TEXT).store(tenant, "e2");
        history(bob, "e2").statusCode(200).body("$", hasSize(0));
    }

    @Test
    void historyIsForTheRepTheTeamsCoachesAndAdmins() {
        immediate(tenant);
        encounter("ann", "north").store(tenant, "e1");
        dispute(ann, "e1", "hm").statusCode(200);
        history(ann, "e1").statusCode(200).body("$", hasSize(1));
        history(carol, "e1").statusCode(200).body("$", hasSize(1));
        history(admin, "e1").statusCode(200).body("$", hasSize(1));
        history(bob, "e1").statusCode(403);
        history(dora, "e1").statusCode(403);
        history(ann, "nope").statusCode(404);
    }

    @Test
    void theReviewQueueHoldsDisputesFirstThenLowConfidenceOldestFirst() {
        immediate(tenant);
        Sql sql = new Sql(dataSource);
        Instant day = Instant.parse("2026-11-20T10:00:00Z");
        encounter("ann", "north").at(day).store(tenant, "sure");
        encounter("ann", "north").at(day.plusSeconds(60)).store(tenant, "unsure-late");
        encounter("bob", "north").at(day.minusSeconds(60)).store(tenant, "unsure-early");
        encounter("bob", "north").at(day.plusSeconds(120)).store(tenant, "disputed");
        encounter("bob", "north").at(day.plusSeconds(180)).store(tenant, "reviewed");
        encounter("cid", "south").at(day).store(tenant, "south-unsure");
        encounter("carol", "north").at(day).store(tenant, "carols-own");
        sql.execute("UPDATE score_fact SET confidence = 0.9 WHERE tenant_id = ?", tenant);
        sql.execute(
                "UPDATE score_fact SET confidence = 0.3 WHERE tenant_id = ? AND encounter_id IN"
                        + " ('unsure-late', 'unsure-early', 'reviewed', 'south-unsure', 'carols-own')",
                tenant);
        dispute(bob, "disputed", "please look").statusCode(200);
        confirm(carol, "reviewed").statusCode(200);

        JsonPath all = queue(carol, null, null, null).statusCode(200).extract().jsonPath();
        assertEquals(3, all.getInt("totalCount"));
        assertEquals(
                List.of("disputed", "unsure-early", "unsure-late"),
                all.getList("edges.node.encounterId"));
        assertEquals(
                List.of("DISPUTED", "LOW_CONFIDENCE", "LOW_CONFIDENCE"),
                all.getList("edges.node.reason"));
        assertEquals(0.3, all.getDouble("edges[1].node.confidence"), 1e-9);
        assertEquals("DISPUTED", all.getString("edges[0].node.reading.state"));

        // pages of one
        JsonPath page1 = queue(carol, "north", 1, null).statusCode(200).extract().jsonPath();
        assertEquals(List.of("disputed"), page1.getList("edges.node.encounterId"));
        assertEquals(true, page1.getBoolean("pageInfo.hasNextPage"));
        JsonPath page2 = queue(carol, "north", 2, page1.getString("pageInfo.endCursor"))
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(
                List.of("unsure-early", "unsure-late"), page2.getList("edges.node.encounterId"));
        assertEquals(false, page2.getBoolean("pageInfo.hasNextPage"));
        assertEquals(3, page2.getInt("totalCount"));

        // a higher threshold brings the sure one in
        settings(tenant, Map.of("reviewConfidenceBelow", 0.95));
        assertEquals(4, queue(carol, null, null, null).extract().jsonPath().getInt("totalCount"));
        // an admin's queue covers the tenant (carol's own reading too, not the admin's own)
        assertEquals(
                List.of(
                        "disputed",
                        "unsure-early",
                        "carols-own",
                        "south-unsure",
                        "sure",
                        "unsure-late"),
                queue(admin, null, null, null)
                        .extract()
                        .jsonPath()
                        .getList("edges.node.encounterId"));
        assertEquals(
                List.of("south-unsure"),
                queue(dora, null, null, null)
                        .extract()
                        .jsonPath()
                        .getList("edges.node.encounterId"));

        queue(ann, null, null, null).statusCode(403);
        queue(carol, "south", null, null).statusCode(403);
        queue(carol, null, 0, null).statusCode(400).body("errors[0].field", equalTo("first"));
        queue(carol, null, 101, null).statusCode(400);
        queue(carol, null, null, "not-a-cursor")
                .statusCode(400)
                .body("errors[0].field", equalTo("after"));
        given().auth()
                .oauth2(carol)
                .queryParam("first", "ten")
                .when()
                .get("/readings/review-queue")
                .then()
                .statusCode(400);
        // another tenant's coach of a team of the same name sees nothing of this one
        queue(TestTokens.coach(newTenant(), "carol", "north"), null, null, null)
                .statusCode(200)
                .body("totalCount", equalTo(0))
                .body("edges", hasSize(0));
    }

    @Test
    void settingsAreReadByMembersAndWrittenByAdminsOfTheTenant() {
        given().auth()
                .oauth2(ann)
                .when()
                .get("/readings/settings")
                .then()
                .statusCode(200)
                .body("coachVisibility", equalTo("AFTER_REP_SEEN"))
                .body("coachDelayHours", equalTo(48))
                .body("repsSeeLeaderboard", equalTo(false))
                .body("reviewConfidenceBelow", equalTo(0.6f))
                .body("trainingConsent", equalTo(false));
        putSettings(ann, Map.of("trainingConsent", true)).statusCode(403);
        putSettings(carol, Map.of("trainingConsent", true)).statusCode(403);
        putSettings(admin, Map.of("coachDelayHours", 0))
                .statusCode(400)
                .body("errors[0].field", equalTo("coachDelayHours"));
        putSettings(admin, Map.of("coachDelayHours", 721)).statusCode(400);
        putSettings(admin, Map.of("reviewConfidenceBelow", 1.5)).statusCode(400);
        putSettings(admin, Map.of("coachVisibility", "NEVER")).statusCode(400);
        putSettings(admin, Map.of("coachDelayHours", 5, "trainingConsent", true))
                .statusCode(200)
                .body("coachDelayHours", equalTo(5))
                .body("trainingConsent", equalTo(true))
                .body("coachVisibility", equalTo("AFTER_REP_SEEN"));
        // another tenant keeps its own (the defaults)
        given().auth()
                .oauth2(TestTokens.admin(newTenant(), "root"))
                .when()
                .get("/readings/settings")
                .then()
                .statusCode(200)
                .body("coachDelayHours", equalTo(48))
                .body("trainingConsent", equalTo(false));
    }

    @Test
    void aRepSeesTheWholeLeaderboardOnlyWhenTheTenantSaysSo() {
        immediate(tenant);
        encounter("ann", "north").store(tenant, "e1");
        encounter("bob", "north").store(tenant, "e2");
        leaderboard(ann).body("rep.id", contains("ann"));
        leaderboard(bob).body("rep.id", contains("bob"));
        settings(tenant, Map.of("repsSeeLeaderboard", true));
        leaderboard(ann).body("$", hasSize(2));
        // not a team of hers
        given().auth()
                .oauth2(TestTokens.rep(tenant, "cid", "south"))
                .when()
                .get("/teams/north/leaderboard")
                .then()
                .statusCode(404);
    }

    @Test
    void anotherTenantCannotReadOrActOnAReading() {
        immediate(tenant);
        encounter("ann", "north").store(tenant, "e1");
        String other = newTenant();
        String otherAnn = TestTokens.rep(other, "ann", "north");
        String otherCarol = TestTokens.coach(other, "carol", "north");
        String otherAdmin = TestTokens.admin(other, "root");
        seen(otherAnn, "e1").statusCode(404);
        dispute(otherAnn, "e1", "mine?").statusCode(404);
        confirm(otherCarol, "e1").statusCode(404);
        confirm(otherAdmin, "e1").statusCode(404);
        history(otherAnn, "e1").statusCode(404);
        history(otherAdmin, "e1").statusCode(404);
        given().auth()
                .oauth2(otherAdmin)
                .queryParam("encounterId", "e1")
                .when()
                .get("/scores/batch")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        // nothing changed here
        Map<String, Object> reading = batchReading(ann, "e1");
        assertEquals("UNREVIEWED", reading.get("state"));
        assertNull(reading.get("seenByRepAt"));
    }

    @Test
    void readingEndpointsNeedAToken() {
        given().when().post("/readings/e1/seen").then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body("{\"note\":\"x\"}")
                .when()
                .post("/readings/e1/dispute")
                .then()
                .statusCode(401);
        given().when().get("/readings/settings").then().statusCode(401);
        given().when().get("/readings/review-queue").then().statusCode(401);
        given().when().get("/readings/e1/history").then().statusCode(401);
    }

    @Test
    void aReadingOfTheBatchCarriesTheMachineAndTheCountingReading() {
        immediate(tenant);
        encounter("ann", "north").reflection(BLAME_TEXT).store(tenant, "e1");
        Map<String, Object> reading = batchReading(carol, "e1");
        assertEquals(reading.get("machineStance"), reading.get("stance"));
        assertEquals(reading.get("machineBlameTargets"), reading.get("blameTargets"));
        assertNotNull(reading.get("confidence"));
        assertEquals(
                ((Map<?, ?>) batchFact(carol, "e1").get("analysis")).get("stance"),
                reading.get("stance"));
        correct(carol, "e1", "HELPLESS", List.of(), null).statusCode(200);
        // the analysis stays the machine's; the reading is the coach's
        Map<String, Object> fact = batchFact(carol, "e1");
        assertNotEquals("HELPLESS", ((Map<?, ?>) fact.get("analysis")).get("stance"));
        assertEquals("HELPLESS", reading(fact).get("stance"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> reading(Map<String, Object> fact) {
        return (Map<String, Object>) fact.get("reading");
    }

    private static io.restassured.response.ValidatableResponse queue(
            String token, String teamId, Integer first, String after) {
        var request = given().auth().oauth2(token);
        if (teamId != null) {
            request.queryParam("teamId", teamId);
        }
        if (first != null) {
            request.queryParam("first", first);
        }
        if (after != null) {
            request.queryParam("after", after);
        }
        return request.when().get("/readings/review-queue").then();
    }

    private static io.restassured.response.ValidatableResponse putSettings(
            String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/readings/settings")
                .then();
    }

    private static io.restassured.response.ValidatableResponse leaderboard(String token) {
        return given().auth()
                .oauth2(token)
                .queryParam("window", "ALL_TIME")
                .when()
                .get("/teams/north/leaderboard")
                .then()
                .statusCode(200);
    }
}
