package io.onme.journal.delivery;

import static io.onme.journal.support.Journal.as;
import static io.onme.journal.support.Journal.encounter;
import static io.onme.journal.support.Journal.logId;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.onme.devstores.ServiceKeys;
import io.onme.devstores.testing.TestTokens;
import io.onme.journal.support.FakeScoring;
import io.onme.journal.support.Journal;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The outbox relay against a fake scoring-service that can be switched off and on. */
@QuarkusTest
class DeliveryResourceTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    DeliveryRelay relay;

    @AfterEach
    void scoringBackUp() {
        FakeScoring.up();
    }

    static void awaitStatus(String token, String id, String status) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> status.equals(
                                as(token)
                                        .get("/encounters/" + id)
                                        .then()
                                        .extract()
                                        .path("scoreStatus")));
    }

    @Test
    void scoresANewEncounterWithAServiceTokenOfItsTenant() {
        String tenant = Journal.tenant();
        String rep = TestTokens.rep(tenant, "noa", "t1");
        Map<String, Object> body = encounter("לקוח ספקן", "הוא לא האמין לנתונים. זה עליי להביא הוכחות בפגישה הבאה.");
        body.put("dealValue", Map.of("amount", 99.5, "currency", "USD"));
        String id = logId(rep, body);

        awaitStatus(rep, id, "SCORED");
        as(rep).get("/encounters/" + id)
                .then()
                .body("score.stance", equalTo("OWNERSHIP"))
                .body("score.ownershipScore", equalTo(85))
                .body("score.analyzerVersion", equalTo("fake-1"));

        // the copied summary is what the stance filter reads
        as(rep).queryParam("stance", "OWNERSHIP")
                .get("/encounters")
                .then()
                .body("items.id", contains(id));
        as(rep).queryParam("stance", "BLAME")
                .get("/encounters")
                .then()
                .body("totalCount", equalTo(0));

        List<JsonNode> puts = FakeScoring.accepted(id, "PUT");
        assertEquals(1, puts.size(), "delivered exactly once");
        JsonNode call = puts.get(0);
        assertEquals(tenant, call.path("claims").path("tid").asText());
        assertEquals("svc:journal-service", call.path("claims").path("sub").asText());
        assertTrue(call.path("claims").path("groups").toString().contains("service"));
        assertTrue(call.path("signatureValid").asBoolean(), "signed with the journal's key");
        // the journal's own service token: its issuer, for scoring only, a kid, five minutes
        assertEquals(TestTokens.SERVICE_ISSUER, call.path("claims").path("iss").asText());
        assertEquals("scoring-service", call.path("claims").path("aud").asText());
        assertEquals(
                ServiceKeys.keyId(Path.of("target/test-keys").toAbsolutePath(), "service-b"),
                call.path("header").path("kid").asText());
        assertEquals(
                300,
                call.path("claims").path("exp").asLong()
                        - call.path("claims").path("iat").asLong());
        JsonNode sent = call.path("body");
        assertEquals(1, sent.path("revision").asLong());
        assertEquals("noa", sent.path("repId").asText());
        assertEquals("t1", sent.path("teamId").asText());
        assertEquals("HE", sent.path("language").asText());
        assertEquals("SKEPTICAL", sent.path("archetype").asText());
        assertEquals("99.5", sent.path("dealValue").path("amount").asText());
        assertEquals(
                "הוא לא האמין לנתונים. זה עליי להביא הוכחות בפגישה הבאה.",
                sent.path("reflection").asText());
    }

    @Test
    void anEncounterLoggedWhileScoringIsDownIsScoredOnceItReturns() {
        String rep = TestTokens.rep(Journal.tenant(), "yossi", "t1");
        FakeScoring.down();
        String id = logId(rep, encounter("Initech", "The customer is at fault, he never listens."));

        await().atMost(PATIENCE).until(() -> FakeScoring.failedAttempts(id) >= 2);
        as(rep).get("/encounters/" + id)
                .then()
                .statusCode(200)
                .body("scoreStatus", equalTo("PENDING"));

        FakeScoring.up();
        awaitStatus(rep, id, "SCORED");
        as(rep).get("/encounters/" + id).then().body("score.stance", equalTo("BLAME"));
        assertEquals(1, FakeScoring.accepted(id, "PUT").size(), "scored exactly once");
    }

    @Test
    void theOutboxGaugesShowTheOldestWaitAndTheParkedDeliveries() {
        String rep = TestTokens.rep(Journal.tenant(), "gauge", "t1");
        FakeScoring.down();
        String waiting = logId(rep, encounter("Globex", "I will send the proposal myself."));
        // the wait grows while scoring is away, whatever the relay's backoff says
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> gauge("journal_outbox_oldest_age_seconds") >= 2);
        assertTrue(gauge("journal_outbox_queued") >= 1);

        FakeScoring.up();
        awaitStatus(rep, waiting, "SCORED");
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> gauge("journal_outbox_oldest_age_seconds") < 2);

        // a permanent refusal parks the delivery: counted until an admin retries it
        double parkedBefore = gauge("journal_outbox_parked");
        FakeScoring.reject();
        String refused = logId(rep, encounter("Globex", "The customer never reads my mails."));
        awaitStatus(rep, refused, "FAILED");
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> gauge("journal_outbox_parked") == parkedBefore + 1);
        assertTrue(
                RestAssured.given()
                        .get("/q/metrics")
                        .asString()
                        .lines()
                        .anyMatch(
                                l -> l.startsWith("journal_deliveries_total{")
                                        && l.contains("result=\"parked\"")),
                "the refusal is counted in journal_deliveries_total{result=parked}");
    }

    /** A gauge's value on /q/metrics, the way Prometheus scrapes it. */
    static double gauge(String name) {
        return RestAssured.given()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(-1);
    }

    @Test
    void aHundredEncountersLoggedWhileScoringIsDownAreAllScoredExactlyOnce() {
        String tenant = Journal.tenant();
        String rep = TestTokens.rep(tenant, "bulk", "t1");
        FakeScoring.down();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ids.add(
                    logId(
                            rep,
                            encounter(
                                    "Bulk " + (i % 7),
                                    i % 2 == 0
                                            ? "It is on me to call back."
                                            : "Plain account " + i)));
        }
        // all stored and acknowledged, none scored while scoring is down
        as(rep).queryParam("id", ids.toArray())
                .get("/encounters/batch")
                .then()
                .statusCode(200)
                .body("size()", equalTo(100))
                .body("scoreStatus.unique()", contains("PENDING"));
        await().atMost(PATIENCE)
                .until(
                        () -> ids.stream().allMatch(id -> FakeScoring.failedAttempts(id) >= 1)
                                || FakeScoring.allCalls().stream()
                                        .filter(
                                                c -> c.path("status").asInt() == 503)
                                        .count() >= 100);

        FakeScoring.up();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> as(rep)
                                .queryParam("id", ids.toArray())
                                .get("/encounters/batch")
                                .then()
                                .extract()
                                .jsonPath()
                                .getList("scoreStatus")
                                .stream()
                                .allMatch("SCORED"::equals));

        Map<String, Long> accepted = FakeScoring.allCalls().stream()
                .filter(
                        c -> c.path("method").asText().equals("PUT")
                                && c.path("status").asInt() == 200)
                .filter(c -> ids.contains(c.path("encounterId").asText()))
                .collect(
                        Collectors.groupingBy(
                                c -> c.path("encounterId").asText(),
                                Collectors.counting()));
        assertEquals(100, accepted.size(), "every encounter delivered");
        assertTrue(
                accepted.values().stream().allMatch(n -> n == 1), "each exactly once: " + accepted);
    }

    @Test
    void twoRelaysRacingNeverDeliverTheSameRevisionTwice() throws Exception {
        String tenant = Journal.tenant();
        String rep = TestTokens.rep(tenant, "race", "t1");
        FakeScoring.down();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(logId(rep, encounter("Race", "entry " + i)));
        }
        FakeScoring.up();
        // the scheduled relay plus two more, started together, all claiming from the same outbox
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (String owner : List.of("relay-A", "relay-B")) {
            runs.add(
                    pool.submit(
                            () -> {
                                start.await();
                                int delivered = 0;
                                for (int round = 0; round < 20; round++) {
                                    delivered += relay.relayDue(owner, 5);
                                }
                                return delivered;
                            }));
        }
        start.countDown();
        for (Future<Integer> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        await().atMost(PATIENCE)
                .until(
                        () -> as(rep)
                                .queryParam("id", ids.toArray())
                                .get("/encounters/batch")
                                .then()
                                .extract()
                                .jsonPath()
                                .getList("scoreStatus")
                                .stream()
                                .allMatch("SCORED"::equals));

        Map<String, Long> deliveries = FakeScoring.allCalls().stream()
                .filter(
                        c -> c.path("method").asText().equals("PUT")
                                && c.path("status").asInt() == 200)
                .filter(c -> ids.contains(c.path("encounterId").asText()))
                .collect(
                        Collectors.groupingBy(
                                c -> c.path("encounterId").asText()
                                        + "@"
                                        + c.path("body").path("revision").asLong(),
                                Collectors.counting()));
        assertEquals(40, deliveries.size());
        assertTrue(
                deliveries.values().stream().allMatch(n -> n == 1),
                "no revision delivered twice: " + deliveries);
    }
}
