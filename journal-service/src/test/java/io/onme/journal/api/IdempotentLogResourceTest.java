package io.onme.journal.api;

import static io.onme.journal.support.Journal.as;
import static io.onme.journal.support.Journal.encounter;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.journal.support.Journal;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * {@code clientRequestId}: a phone that lost the answer to its POST and sends it again gets the
 * encounter it created (200), not a second one; the key belongs to one rep of one tenant.
 */
@QuarkusTest
class IdempotentLogResourceTest {

    private final String tenant = Journal.tenant();
    private final String rep = TestTokens.rep(tenant, "rep-1", "t1");

    private static Map<String, Object> keyed(String key) {
        Map<String, Object> body = encounter("Retry Ltd", "I did not follow up; that is on me.");
        body.put("clientRequestId", key);
        return body;
    }

    private long count(String token) {
        return ((Number) as(token)
                .get("/encounters")
                .then()
                .statusCode(200)
                .extract()
                .path("totalCount"))
                .longValue();
    }

    @Test
    void aReplayReturnsTheSameEncounter() {
        String key = UUID.randomUUID().toString();
        String id = as(rep).body(keyed(key))
                .post("/encounters")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(rep).body(keyed(key))
                .post("/encounters")
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("revision", equalTo(1));
        // the same UUID in capitals is the same key
        as(rep).body(keyed(key.toUpperCase()))
                .post("/encounters")
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
        assertEquals(1, count(rep));
    }

    @Test
    void concurrentReplaysCreateOneEncounter() throws Exception {
        String key = UUID.randomUUID().toString();
        int clients = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Callable<Response> send = () -> {
                    start.await();
                    return as(rep).body(keyed(key)).post("/encounters");
                };
                answers.add(pool.submit(send));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            int created = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertEquals(
                        response.statusCode() == 201 ? 201 : 200,
                        response.statusCode(),
                        response.asString());
                created += response.statusCode() == 201 ? 1 : 0;
                ids.add(response.path("id"));
            }
            assertEquals(1, created, "one request creates the encounter");
            assertEquals(1, ids.size(), "every answer is that encounter: " + ids);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count(rep));
    }

    @Test
    void anotherRepOrTenantWithTheSameKeyLogsTheirOwn() {
        String key = UUID.randomUUID().toString();
        String mine = as(rep).body(keyed(key))
                .post("/encounters")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String colleague = as(TestTokens.rep(tenant, "rep-2", "t1"))
                .body(keyed(key))
                .post("/encounters")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // the same rep id and key in another tenant
        String otherTenant = TestTokens.rep(Journal.tenant(), "rep-1", "t1");
        String theirs = as(otherTenant)
                .body(keyed(key))
                .post("/encounters")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertNotEquals(mine, colleague);
        assertNotEquals(mine, theirs);
        // and a replay in the other tenant finds its own, never mine
        as(otherTenant)
                .body(keyed(key))
                .post("/encounters")
                .then()
                .statusCode(200)
                .body("id", equalTo(theirs));
        assertEquals(1, count(rep));
        assertEquals(1, count(otherTenant));
    }

    @Test
    void withoutAKeyEveryRequestLogsAnEncounter() {
        Map<String, Object> body = encounter("No Key Ltd", "Same text twice");
        as(rep).body(body).post("/encounters").then().statusCode(201);
        as(rep).body(body).post("/encounters").then().statusCode(201);
        assertEquals(2, count(rep));
    }

    @Test
    void aKeyThatIsNotAUuidIsA400OnTheField() {
        for (String bad : new String[] {
                "not-a-uuid", "", "7d444840-9dc0-11d1-b245-5ffdce74fad", "{\"$ne\":null}"
        }) {
            as(rep).body(keyed(bad))
                    .post("/encounters")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("clientRequestId"));
        }
        as(rep).body(
                Map.of(
                        "customer",
                        Map.of("name", "X"),
                        "outcome",
                        "WON",
                        "reflection",
                        "r",
                        "occurredAt",
                        "2026-01-01T10:00:00Z",
                        "clientRequestId",
                        12345))
                .post("/encounters")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("clientRequestId"));
    }

    @Test
    void aReplayAfterTheEncounterWasDeletedIsAConflict() {
        String key = UUID.randomUUID().toString();
        String id = as(rep).body(keyed(key))
                .post("/encounters")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(rep).delete("/encounters/" + id).then().statusCode(204);
        Response replay = as(rep).body(keyed(key)).post("/encounters");
        // 409 while the tombstone waits for scoring; once it is gone the key is free again (201)
        assertEquals(
                true, replay.statusCode() == 409 || replay.statusCode() == 201, replay.asString());
    }
}
