package io.onme.journal.api;

import static io.onme.journal.support.Journal.as;
import static io.onme.journal.support.Journal.encounter;
import static io.onme.journal.support.Journal.logId;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.onme.devstores.testing.TestTokens;
import io.onme.journal.support.FakePlaybook;
import io.onme.journal.support.FakeScoring;
import io.onme.journal.support.Journal;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * POST /erasures: the person's encounters and the notes they wrote go at once, only in that tenant;
 * scoring- and playbook-service get DELETE /people/{personId} through the outbox (fakes on real
 * HTTP, checking the service token), with retries while one is down.
 */
@QuarkusTest
class ErasureResourceTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String tenant = Journal.tenant();
    private final String other = Journal.tenant();
    private final String root = TestTokens.admin(tenant, "root");
    // a coach who also logs encounters of her own
    private final String ann = TestTokens.coach(tenant, "ann", "t1");
    private final String bob = TestTokens.rep(tenant, "bob", "t1");

    @AfterEach
    void servicesBackUp() {
        FakeScoring.up();
        FakePlaybook.up();
    }

    static ValidatableResponse erase(String token, String personId, String reason) {
        return as(token)
                .body(Map.of("personId", personId, "reason", reason))
                .post("/erasures")
                .then();
    }

    static void awaitScored(String token, String id) {
        await().atMost(PATIENCE)
                .until(
                        () -> "SCORED"
                                .equals(
                                        as(token)
                                                .get("/encounters/" + id)
                                                .then()
                                                .extract()
                                                .path("scoreStatus")));
    }

    void awaitDone(String erasureId) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> "DONE"
                                .equals(
                                        as(root).get("/erasures/" + erasureId)
                                                .then()
                                                .extract()
                                                .path("state")));
    }

    /** The calls for the person's erasure from this tenant, as one fake recorded them. */
    private List<JsonNode> inTenant(List<JsonNode> calls) {
        return calls.stream()
                .filter(c -> c.path("claims").path("tid").asText().equals(tenant))
                .toList();
    }

    @Test
    void erasingAPersonDeletesTheirEncountersAndNotesAtOnceAndDeliversEachStep() {
        String annsOwn = logId(ann, encounter("Acme", "It is on me to call back."));
        String bobs = logId(bob, encounter("Initech", "Plain account."));
        as(ann).body(Map.of("text", "Ask about the budget"))
                .post("/encounters/" + bobs + "/notes")
                .then()
                .statusCode(201);
        as(root).body(Map.of("text", "Good call"))
                .post("/encounters/" + bobs + "/notes")
                .then()
                .statusCode(201);
        String annElsewhere = TestTokens.coach(other, "ann", "t1");
        String elsewhere = logId(annElsewhere, encounter("Globex", "Plain account."));
        awaitScored(ann, annsOwn);
        awaitScored(bob, bobs);

        String id = erase(root, "ann", "Left the company and asked to be forgotten")
                .statusCode(202)
                .body("personId", equalTo("ann"))
                .body("reason", equalTo("Left the company and asked to be forgotten"))
                .body("requestedBy", equalTo("root"))
                .body("requestedAt", notNullValue())
                .body("steps.service", contains("scoring-service", "playbook-service"))
                .extract()
                .path("id");

        // the journal's part is done when the request is answered
        as(root).get("/encounters/" + annsOwn).then().statusCode(404);
        as(root).get("/encounters/" + bobs)
                .then()
                .statusCode(200)
                .body("notes.authorId", contains("root"));
        as(annElsewhere).get("/encounters/" + elsewhere).then().statusCode(200);

        awaitDone(id);
        as(root).get("/erasures/" + id)
                .then()
                .body("completedAt", notNullValue())
                .body("steps.state", everyItem(equalTo("DONE")))
                .body("steps.completedAt", everyItem(notNullValue()))
                .body("steps.attempts", everyItem(equalTo(1)))
                .body("steps.lastError", everyItem(nullValue()));

        List<JsonNode> scoring = inTenant(FakeScoring.calls("people/ann"));
        assertEquals(1, scoring.size(), "scoring erased the person once");
        assertEquals("DELETE", scoring.get(0).path("method").asText());
        assertEquals(204, scoring.get(0).path("status").asInt());
        assertEquals("scoring-service", scoring.get(0).path("claims").path("aud").asText());
        assertTrue(scoring.get(0).path("signatureValid").asBoolean());
        List<JsonNode> playbook = inTenant(FakePlaybook.erasures("ann"));
        assertEquals(1, playbook.size(), "playbook erased the person once");
        assertEquals(204, playbook.get(0).path("status").asInt());
        assertEquals("playbook-service", playbook.get(0).path("claims").path("aud").asText());
        assertEquals("svc:journal-service", playbook.get(0).path("claims").path("sub").asText());
        assertTrue(playbook.get(0).path("signatureValid").asBoolean());

        // scoring's person erasure took the fact; no per-encounter DELETE was needed
        assertNull(FakeScoring.storedRevision(annsOwn));
        assertEquals(0, FakeScoring.accepted(annsOwn, "DELETE").size());
        assertEquals(1L, FakeScoring.storedRevision(bobs));

        as(root).get("/erasures").then().statusCode(200).body("id", contains(id));
        // another tenant's admin sees none of it
        String otherAdmin = TestTokens.admin(other, "root");
        as(otherAdmin).get("/erasures/" + id).then().statusCode(404);
        as(otherAdmin).get("/erasures").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aServiceThatIsDownGetsTheErasureWhenItReturns() {
        FakePlaybook.down();
        String id = erase(root, "dan", "Asked to be erased").statusCode(202).extract().path("id");

        await().atMost(PATIENCE).until(() -> inTenant(FakePlaybook.erasures("dan")).size() >= 2);
        as(root).get("/erasures/" + id)
                .then()
                .body("state", equalTo("PENDING"))
                .body("completedAt", nullValue())
                .body("steps[0].state", equalTo("DONE"))
                .body("steps[1].state", equalTo("PENDING"))
                .body("steps[1].attempts", greaterThanOrEqualTo(1))
                .body("steps[1].lastError", containsString("503"));

        FakePlaybook.up();
        awaitDone(id);
        List<JsonNode> delivered = inTenant(FakePlaybook.erasures("dan")).stream()
                .filter(c -> c.path("status").asInt() == 204)
                .toList();
        assertEquals(1, delivered.size(), "retried until delivered, then never again");
        assertEquals(1, inTenant(FakeScoring.calls("people/dan")).size());
    }

    @Test
    void aScoreDeliveryInFlightCannotBringAnErasedEncounterBack() {
        FakeScoring.slow(); // PUTs are answered after 5 s
        String id = logId(ann, encounter("Acme", "It is on me to send the proposal."));
        await().atMost(PATIENCE).until(() -> FakeScoring.arrivals(id) >= 1);

        String erasure = erase(root, "ann", "Asked to be erased").statusCode(202).extract().path("id");
        as(ann).get("/encounters/" + id).then().statusCode(404);

        awaitDone(erasure);
        assertNull(FakeScoring.storedRevision(id), "no fact of an erased encounter is left");
        JsonNode put = FakeScoring.accepted(id, "PUT").get(0);
        JsonNode people = inTenant(FakeScoring.calls("people/ann")).get(0);
        assertTrue(
                !Instant.parse(people.path("at").asText())
                        .isBefore(Instant.parse(put.path("at").asText())),
                "scoring's erasure came after the delivery in flight was answered");
    }

    @Test
    void aRepeatedErasureIsHarmless() {
        String first = erase(root, "erin", "First request").statusCode(202).extract().path("id");
        String second = erase(root, "erin", "Asked again").statusCode(202).extract().path("id");
        awaitDone(first);
        awaitDone(second);
        assertEquals(2, inTenant(FakePlaybook.erasures("erin")).size());
        as(root).get("/erasures").then().body("id", contains(second, first));
    }

    @Test
    void onlyAnAdminErasesAndTheRequestIsChecked() {
        String rep = TestTokens.rep(tenant, "rita", "t1");
        erase(rep, "bob", "no").statusCode(403);
        erase(ann, "bob", "no").statusCode(403);
        as(rep).get("/erasures").then().statusCode(403);
        as(ann).get("/erasures").then().statusCode(403);
        String id = erase(root, "frank", "Left").statusCode(202).extract().path("id");
        as(rep).get("/erasures/" + id).then().statusCode(403);
        as(ann).get("/erasures/" + id).then().statusCode(403);

        erase(root, "frank", "").statusCode(400).body("errors.field", contains("reason"));
        erase(root, "frank", "x".repeat(501)).statusCode(400);
        erase(root, "frank", "x".repeat(500)).statusCode(202);
        erase(root, " ", "Left").statusCode(400).body("errors.field", contains("personId"));
        as(root).body(Map.of("personId", "frank")).post("/erasures").then().statusCode(400);
        as(root).get("/erasures/not-an-id").then().statusCode(404);
        as(root).get("/erasures/0123456789abcdef01234567").then().statusCode(404);
        // bob was never erased
        as(root).get("/erasures").then().body("personId", everyItem(equalTo("frank")));
    }
}
