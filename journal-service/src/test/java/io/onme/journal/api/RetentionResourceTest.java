package io.onme.journal.api;

import static io.onme.journal.support.Journal.as;
import static io.onme.journal.support.Journal.encounter;
import static io.onme.journal.support.Journal.logId;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.journal.service.RetentionService;
import io.onme.journal.support.FakeScoring;
import io.onme.journal.support.Journal;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Retention: a per-tenant setting for admins; a run deletes the tenant's encounters older than that
 * many months through the deletion path (scoring's facts go through the outbox), nothing newer and
 * nothing of another tenant.
 */
@QuarkusTest
class RetentionResourceTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    RetentionService retention;

    private final String tenant = Journal.tenant();
    private final String root = TestTokens.admin(tenant, "root");
    private final String rita = TestTokens.rep(tenant, "rita", "t1");

    static String loggedAgo(String token, Duration ago) {
        Map<String, Object> body = encounter("Acme", "Plain account.");
        body.put("occurredAt", Instant.now().minus(ago).truncatedTo(ChronoUnit.SECONDS).toString());
        return logId(token, body);
    }

    static void setMonths(String token, Integer months, int status) {
        Map<String, Object> body = new HashMap<>();
        body.put("retentionMonths", months);
        as(token).body(body).put("/settings/retention").then().statusCode(status);
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

    @Test
    void anAdminSetsAndClearsTheTenantsRetention() {
        as(root).get("/settings/retention")
                .then()
                .statusCode(200)
                .body("retentionMonths", nullValue());
        setMonths(root, 12, 200);
        as(root).get("/settings/retention").then().body("retentionMonths", equalTo(12));
        // another tenant's setting is its own
        as(TestTokens.admin(Journal.tenant(), "root"))
                .get("/settings/retention")
                .then()
                .body("retentionMonths", nullValue());

        setMonths(root, 0, 400);
        setMonths(root, 121, 400);
        as(root).body(Map.of("retentionMonths", "soon"))
                .put("/settings/retention")
                .then()
                .statusCode(400);
        setMonths(root, 120, 200);
        setMonths(root, 1, 200);
        setMonths(root, null, 200);
        as(root).get("/settings/retention").then().body("retentionMonths", nullValue());
    }

    @Test
    void onlyAdminsSeeChangeOrRunIt() {
        String coach = TestTokens.coach(tenant, "carl", "t1");
        for (String token : new String[] { rita, coach }) {
            as(token).get("/settings/retention").then().statusCode(403);
            setMonths(token, 12, 403);
            as(token).post("/admin/retention/run").then().statusCode(403);
        }
        as(root).get("/settings/retention").then().body("retentionMonths", nullValue());
    }

    @Test
    void aRunDeletesOnlyTheTenantsOlderEncountersAndTheirScores() {
        String old = loggedAgo(rita, Duration.ofDays(400));
        String recent = loggedAgo(rita, Duration.ofDays(300));
        String otherTenantRep = TestTokens.rep(Journal.tenant(), "rita", "t1");
        String otherTenants = loggedAgo(otherTenantRep, Duration.ofDays(400));
        awaitScored(rita, old);

        // without a setting nothing goes
        as(root).post("/admin/retention/run").then().statusCode(200).body("deleted", equalTo(0));
        setMonths(root, 12, 200);
        as(root).post("/admin/retention/run").then().statusCode(200).body("deleted", equalTo(1));

        as(rita).get("/encounters/" + old).then().statusCode(404);
        as(rita).get("/encounters/" + recent).then().statusCode(200);
        as(otherTenantRep).get("/encounters/" + otherTenants).then().statusCode(200);
        await().atMost(PATIENCE).until(() -> FakeScoring.accepted(old, "DELETE").size() == 1);
        assertNull(FakeScoring.storedRevision(old));

        as(root).post("/admin/retention/run").then().body("deleted", equalTo(0));
    }

    @Test
    void theSweepRunsEveryTenantWithASetting() {
        String old = loggedAgo(rita, Duration.ofDays(100));
        // another tenant without a setting keeps its encounters
        String otherRep = TestTokens.rep(Journal.tenant(), "rita", "t1");
        String kept = loggedAgo(otherRep, Duration.ofDays(100));
        setMonths(root, 3, 200);

        assertTrue(retention.sweep() >= 1);
        as(rita).get("/encounters/" + old).then().statusCode(404);
        as(otherRep).get("/encounters/" + kept).then().statusCode(200);
    }
}
