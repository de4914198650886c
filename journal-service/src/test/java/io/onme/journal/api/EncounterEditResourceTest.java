package io.onme.journal.api;

import static io.onme.journal.support.Journal.as;
import static io.onme.journal.support.Journal.encounter;
import static io.onme.journal.support.Journal.logId;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.journal.delivery.DeliveryRelay;
import io.onme.journal.support.FakeScoring;
import io.onme.journal.support.Journal;
import io.quarkus.test.junit.QuarkusTest;

/** PATCH, coaching notes and DELETE: who may, what it re-queues, and no lost updates. */
@QuarkusTest
class EncounterEditResourceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    DeliveryRelay secondReplica;

    private static void awaitScoredAt(String token, String id, int revision) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> {
                            var response = as(token).get("/encounters/" + id).then().extract();
                            return "SCORED".equals(response.path("scoreStatus"))
                                    && Integer.valueOf(revision).equals(response.path("revision"));
                        });
    }

    @Test
    void editingTheReflectionRescoresTheLatestRevision() {
        String rep = TestTokens.rep(Journal.tenant(), "ron", "t1");
        String id = logId(rep, encounter("Umbrella", "The customer is at fault, he is cheap."));
        awaitScoredAt(rep, id, 1);
        as(rep).get("/encounters/" + id).then().body("score.stance", equalTo("BLAME"));

        as(rep).body(Map.of("reflection", "זה עליי: לא הראיתי ערך.", "outcome", "WON"))
                .patch("/encounters/" + id)
                .then()
                .statusCode(200)
                .body("revision", equalTo(2))
                .body("outcome", equalTo("WON"))
                .body("language", equalTo("HE"))
                .body("scoreStatus", equalTo("PENDING"));
        awaitScoredAt(rep, id, 2);
        as(rep).get("/encounters/" + id).then().body("score.stance", equalTo("OWNERSHIP"));

        var puts = FakeScoring.accepted(id, "PUT");
        assertEquals(
                List.of(1L, 2L),
                puts.stream().map(c -> c.path("body").path("revision").asLong()).toList());
        assertEquals("WON", puts.get(1).path("body").path("outcome").asText());
    }

    @Test
    void anEditWithoutChangesKeepsTheRevision() {
        String rep = TestTokens.rep(Journal.tenant(), "ron", "t1");
        String id = logId(rep, encounter("Umbrella", "same"));
        as(rep).body(Map.of("reflection", "same"))
                .patch("/encounters/" + id)
                .then()
                .statusCode(200)
                .body("revision", equalTo(1));
    }

    @Test
    void aStaleExpectedRevisionIsAConflict() {
        String rep = TestTokens.rep(Journal.tenant(), "ron", "t1");
        String id = logId(rep, encounter("Umbrella", "first"));
        as(rep).body(Map.of("outcome", "LOST", "expectedRevision", 1))
                .patch("/encounters/" + id)
                .then()
                .statusCode(200)
                .body("revision", equalTo(2));
        as(rep).body(Map.of("outcome", "WON", "expectedRevision", 1))
                .patch("/encounters/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409));
        as(rep).get("/encounters/" + id).then().body("outcome", equalTo("LOST"));
    }

    @Test
    void concurrentEditsAreNeverLost() throws Exception {
        String rep = TestTokens.rep(Journal.tenant(), "ron", "t1");
        String id = logId(rep, encounter("Umbrella", "start"));
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String tactic = "tactic-" + i;
            results.add(
                    CompletableFuture.supplyAsync(
                            () -> {
                                try {
                                    start.await();
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                                return as(rep).body(Map.of("tactics", List.of(tactic)))
                                        .patch("/encounters/" + id)
                                        .statusCode();
                            },
                            pool));
        }
        start.countDown();
        long applied = 0;
        for (CompletableFuture<Integer> result : results) {
            int status = result.get();
            assertTrue(status == 200 || status == 409, "status " + status);
            applied += status == 200 ? 1 : 0;
        }
        pool.shutdown();
        assertTrue(applied >= 1);
        // every acknowledged edit made its own revision: none overwrote another unseen
        as(rep).get("/encounters/" + id).then().body("revision", equalTo((int) (1 + applied)));
    }

    @Test
    void editsAreValidatedAndOnlyTheAuthorMayEdit() {
        String tenant = Journal.tenant();
        String rep = TestTokens.rep(tenant, "ron", "t1");
        Map<String, Object> body = encounter("Umbrella", "text");
        body.put("occurredAt", "2026-05-01T10:00:00Z");
        String id = logId(rep, body);
        as(rep).body(Map.of("followUpAt", "2026-04-01T10:00:00Z"))
                .patch("/encounters/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("followUpAt"));
        as(rep).body(Map.of("reflection", "  "))
                .patch("/encounters/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reflection"));
        as(rep).body(Map.of("outcome", "MAYBE"))
                .patch("/encounters/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("outcome"));
        as(rep).body("{").patch("/encounters/" + id).then().statusCode(400);

        as(TestTokens.rep(tenant, "other", "t1"))
                .body(Map.of("outcome", "WON"))
                .patch("/encounters/" + id)
                .then()
                .statusCode(404);
        as(TestTokens.coach(tenant, "coach", "t1"))
                .body(Map.of("outcome", "WON"))
                .patch("/encounters/" + id)
                .then()
                .statusCode(404);
        as(TestTokens.admin(tenant, "admin"))
                .body(Map.of("outcome", "WON"))
                .patch("/encounters/" + id)
                .then()
                .statusCode(404);
        as(rep).body(
                Map.of(
                        "followUpAt",
                        "2026-05-02T10:00:00Z",
                        "tactics",
                        List.of("called back")))
                .patch("/encounters/" + id)
                .then()
                .statusCode(200)
                .body("followUpAt", equalTo("2026-05-02T10:00:00Z"))
                .body("tactics", contains("called back"));
    }

    @Test
    void coachesOfTheTeamAndAdminsAddNotesThatTheRepReads() {
        String tenant = Journal.tenant();
        String rep = TestTokens.rep(tenant, "ron", "red");
        String id = logId(rep, encounter("Umbrella", "text"));
        String coach = TestTokens.coach(tenant, "coach-red", "red");

        as(coach)
                .body(Map.of("text", "נסה לשאול על התקציב מוקדם יותר"))
                .post("/encounters/" + id + "/notes")
                .then()
                .statusCode(201)
                .body("id", notNullValue())
                .body("authorId", equalTo("coach-red"))
                .body("text", equalTo("נסה לשאול על התקציב מוקדם יותר"))
                .body("createdAt", notNullValue());
        as(TestTokens.admin(tenant, "boss"))
                .body(Map.of("text", "Good follow-up"))
                .post("/encounters/" + id + "/notes")
                .then()
                .statusCode(201);

        as(rep).get("/encounters/" + id)
                .then()
                .statusCode(200)
                .body("notes", hasSize(2))
                .body("notes.text", contains("נסה לשאול על התקציב מוקדם יותר", "Good follow-up"))
                .body("revision", equalTo(1));

        as(rep).body(Map.of("text", "self-praise"))
                .post("/encounters/" + id + "/notes")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as(TestTokens.coach(tenant, "coach-blue", "blue"))
                .body(Map.of("text", "x"))
                .post("/encounters/" + id + "/notes")
                .then()
                .statusCode(404);
        as(coach)
                .body(Map.of("text", " "))
                .post("/encounters/" + id + "/notes")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("text"));
    }

    @Test
    void deletingRemovesTheEncounterAndItsScoreFact() {
        String tenant = Journal.tenant();
        String rep = TestTokens.rep(tenant, "ron", "t1");
        String id = logId(rep, encounter("Umbrella", "to be deleted"));
        awaitScoredAt(rep, id, 1);

        as(TestTokens.rep(tenant, "other", "t1"))
                .delete("/encounters/" + id)
                .then()
                .statusCode(404);
        as(TestTokens.coach(tenant, "coach", "t1"))
                .delete("/encounters/" + id)
                .then()
                .statusCode(404);
        as(rep).delete("/encounters/" + id).then().statusCode(204);

        as(rep).get("/encounters/" + id).then().statusCode(404);
        as(rep).get("/encounters").then().body("totalCount", equalTo(0));
        as(rep).delete("/encounters/" + id).then().statusCode(404);
        await().atMost(PATIENCE).until(() -> FakeScoring.accepted(id, "DELETE").size() == 1);
        String admin = TestTokens.admin(tenant, "boss");
        await().atMost(PATIENCE)
                .until(
                        () -> as(admin)
                                .get("/admin/deliveries")
                                .then()
                                .extract()
                                .jsonPath()
                                .getList("encounterId")
                                .isEmpty());
        var delete = FakeScoring.accepted(id, "DELETE").get(0);
        assertEquals(tenant, delete.path("claims").path("tid").asText());
    }

    @Test
    void aDeleteWaitsForTheDeliveryInFlightSoNoScoreFactIsOrphaned() {
        String tenant = Journal.tenant();
        String rep = TestTokens.rep(tenant, "ron", "t1");
        FakeScoring.slow();
        try {
            String id = logId(rep, encounter("Umbrella", "slow scoring"));
            await().atMost(PATIENCE).until(() -> FakeScoring.arrivals(id) >= 1);
            // the PUT of revision 1 is being answered right now; edit and delete meanwhile
            as(rep).body(Map.of("outcome", "WON"))
                    .patch("/encounters/" + id)
                    .then()
                    .statusCode(200);
            as(rep).delete("/encounters/" + id).then().statusCode(204);
            // a second replica's relay runs now: it must not overtake the attempt in flight
            secondReplica.relayDue("replica-2", 10);

            String admin = TestTokens.admin(tenant, "boss");
            await().atMost(PATIENCE)
                    .until(
                            () -> as(admin)
                                    .get("/admin/deliveries")
                                    .then()
                                    .extract()
                                    .jsonPath()
                                    .getList("encounterId")
                                    .isEmpty());
            // and the first PUT has been answered too
            await().atMost(PATIENCE)
                    .until(
                            () -> FakeScoring.calls(id).stream()
                                    .anyMatch(
                                            c -> c.path("method").asText().equals("PUT")));
            var calls = FakeScoring.calls(id);
            assertEquals(
                    "DELETE",
                    calls.get(calls.size() - 1).path("method").asText(),
                    "the delete comes last");
            assertEquals(null, FakeScoring.storedRevision(id), "no score fact left behind");
            assertTrue(
                    calls.stream().filter(c -> c.path("method").asText().equals("PUT")).count() <= 2);
        } finally {
            FakeScoring.up();
        }
    }

    @Test
    void anEditWhileScoringIsInFlightEndsScoredAtTheLatestRevision() {
        String rep = TestTokens.rep(Journal.tenant(), "ron", "t1");
        FakeScoring.slow();
        try {
            String id = logId(rep, encounter("Umbrella", "The customer is at fault."));
            await().atMost(PATIENCE).until(() -> FakeScoring.arrivals(id) >= 1);
            as(rep).body(Map.of("reflection", "It is on me: I never asked about the budget."))
                    .patch("/encounters/" + id)
                    .then()
                    .statusCode(200)
                    .body("revision", equalTo(2));
            secondReplica.relayDue("replica-2", 10);
            awaitScoredAt(rep, id, 2);
            as(rep).get("/encounters/" + id).then().body("score.stance", equalTo("OWNERSHIP"));
            var revisions = FakeScoring.accepted(id, "PUT").stream()
                    .map(c -> c.path("body").path("revision").asLong())
                    .toList();
            assertEquals(List.of(1L, 2L), revisions, "in order, each once");
        } finally {
            FakeScoring.up();
        }
    }
}
