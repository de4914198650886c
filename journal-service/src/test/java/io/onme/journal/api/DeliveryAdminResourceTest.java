package io.onme.journal.api;

import static io.onme.journal.support.Journal.as;
import static io.onme.journal.support.Journal.encounter;
import static io.onme.journal.support.Journal.logId;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.journal.support.FakeScoring;
import io.onme.journal.support.Journal;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DeliveryAdminResourceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @AfterEach
    void scoringBackUp() {
        FakeScoring.up();
    }

    @Test
    void adminsSeeStuckDeliveriesAndRetryThem() {
        String tenant = Journal.tenant();
        String rep = TestTokens.rep(tenant, "r", "t1");
        String admin = TestTokens.admin(tenant, "boss");
        FakeScoring.down();
        String id = logId(rep, encounter("Stuck Inc", "text"));

        // stuck once it has failed stuck-attempts (3 in tests) times
        await().atMost(PATIENCE)
                .until(
                        () -> as(admin)
                                .queryParam("stuck", true)
                                .get("/admin/deliveries")
                                .then()
                                .extract()
                                .jsonPath()
                                .getList("encounterId")
                                .contains(id));
        as(admin)
                .queryParam("stuck", true)
                .get("/admin/deliveries")
                .then()
                .statusCode(200)
                .body("find { it.encounterId == '" + id + "' }.lastError", containsString("503"))
                .body("find { it.encounterId == '" + id + "' }.action", equalTo("SCORE"))
                .body("find { it.encounterId == '" + id + "' }.scoreStatus", equalTo("PENDING"));

        FakeScoring.up();
        await().atMost(PATIENCE)
                .until(
                        () -> {
                            int status = as(admin)
                                    .post("/admin/deliveries/" + id + "/retry")
                                    .statusCode();
                            return status == 202
                                    || status == 404; // 404: the relay delivered it first
                        });
        await().atMost(PATIENCE)
                .until(
                        () -> "SCORED"
                                .equals(
                                        as(rep).get("/encounters/" + id)
                                                .then()
                                                .extract()
                                                .path("scoreStatus")));
        as(admin).get("/admin/deliveries").then().body("encounterId", not(contains(id)));
        as(admin).post("/admin/deliveries/" + id + "/retry").then().statusCode(404);
    }

    @Test
    void aPermanentRefusalParksTheDeliveryAsFailedUntilRetried() {
        String tenant = Journal.tenant();
        String rep = TestTokens.rep(tenant, "r", "t1");
        String admin = TestTokens.admin(tenant, "boss");
        FakeScoring.reject();
        String id = logId(rep, encounter("Refused Ltd", "text"));
        await().atMost(PATIENCE)
                .until(
                        () -> "FAILED"
                                .equals(
                                        as(rep).get("/encounters/" + id)
                                                .then()
                                                .extract()
                                                .path("scoreStatus")));
        as(admin)
                .queryParam("stuck", true)
                .get("/admin/deliveries")
                .then()
                .body("find { it.encounterId == '" + id + "' }.dueAt", nullValue())
                .body("find { it.encounterId == '" + id + "' }.lastError", containsString("422"));
        long refusals = FakeScoring.calls(id).size();

        FakeScoring.up();
        as(admin)
                .post("/admin/deliveries/" + id + "/retry")
                .then()
                .statusCode(202)
                .body("scoreStatus", equalTo("PENDING"));
        await().atMost(PATIENCE)
                .until(
                        () -> "SCORED"
                                .equals(
                                        as(rep).get("/encounters/" + id)
                                                .then()
                                                .extract()
                                                .path("scoreStatus")));
        // parked means parked: no attempts between the refusal and the retry
        org.junit.jupiter.api.Assertions.assertEquals(1, refusals);
    }

    @Test
    void onlyAdminsOfTheTenantSeeTheOutbox() {
        String tenant = Journal.tenant();
        String rep = TestTokens.rep(tenant, "r", "t1");
        FakeScoring.down();
        String id = logId(rep, encounter("Hidden", "text"));
        as(rep).get("/admin/deliveries")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(TestTokens.coach(tenant, "c", "t1")).get("/admin/deliveries").then().statusCode(404);
        as(rep).post("/admin/deliveries/" + id + "/retry").then().statusCode(404);
        String foreignAdmin = TestTokens.admin(Journal.tenant(), "boss");
        as(foreignAdmin).get("/admin/deliveries").then().statusCode(200).body("$", hasSize(0));
        as(foreignAdmin).post("/admin/deliveries/" + id + "/retry").then().statusCode(404);
        as(TestTokens.admin(tenant, "boss"))
                .get("/admin/deliveries")
                .then()
                .statusCode(200)
                .body("encounterId", contains(id));
        given().get("/admin/deliveries").then().statusCode(401);
        given().post("/admin/deliveries/" + id + "/retry").then().statusCode(401);
    }
}
