package io.onme.scoring.api;

import static io.onme.scoring.support.Encounters.encounter;
import static io.onme.scoring.support.Encounters.newTenant;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.scoring.analysis.Analyzer;
import io.onme.scoring.support.Sql;
import io.quarkus.test.junit.QuarkusTest;

/** Admin-only background rescore of a tenant's facts analysed by an older analyser version. */
@QuarkusTest
class RescoreResourceTest {

    @Inject
    DataSource dataSource;

    @Inject
    Analyzer analyzer;

    @Test
    void rescoresTheTenantsOlderFactsOnlyAndReportsProgress() {
        String tenant = newTenant();
        String other = newTenant();
        Sql sql = new Sql(dataSource);
        for (int i = 0; i < 7; i++) {
            encounter("ann", "north").store(tenant, "enc-" + i);
        }
        encounter("ann", "north").store(other, "enc-0");
        // five facts (and the other tenant's one) look as if analysed by an old version
        sql.execute(
                "UPDATE score_fact SET analyzer_version = '0.9.0', ownership_score = 0, stance = 'BLAME'"
                        + " WHERE tenant_id = ? AND encounter_id IN ('enc-0', 'enc-1', 'enc-2', 'enc-3', 'enc-4')",
                tenant);
        sql.execute("UPDATE score_fact SET analyzer_version = '0.9.0' WHERE tenant_id = ?", other);
        String expectedStance = sql.factColumn(tenant, "enc-5", "stance");
        String expectedScore = sql.factColumn(tenant, "enc-5", "ownership_score");

        String admin = TestTokens.admin(tenant, "root");
        double completedBefore = counter("scoring_rescore_completed_total");
        double failuresBefore = counter("scoring_rescore_failures_total");
        String job = given().auth()
                .oauth2(admin)
                .when()
                .post("/admin/rescore")
                .then()
                .statusCode(202)
                .body("total", equalTo(5))
                .body("targetVersion", equalTo(analyzer.version()))
                .extract()
                .path("id");

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> "DONE"
                                .equals(
                                        given().auth()
                                                .oauth2(admin)
                                                .when()
                                                .get("/admin/rescore/{job}", job)
                                                .then()
                                                .statusCode(200)
                                                .extract()
                                                .path("status")));
        given().auth()
                .oauth2(admin)
                .when()
                .get("/admin/rescore/{job}", job)
                .then()
                .statusCode(200)
                .body("processed", equalTo(5))
                .body("rescored", equalTo(5))
                .body("progress", equalTo(1.0f));

        for (int i = 0; i < 5; i++) {
            assertEquals(
                    analyzer.version(), sql.factColumn(tenant, "enc-" + i, "analyzer_version"));
            // the same reflection analysed again gives what the untouched facts have
            assertEquals(expectedStance, sql.factColumn(tenant, "enc-" + i, "stance"));
            assertEquals(expectedScore, sql.factColumn(tenant, "enc-" + i, "ownership_score"));
        }
        assertEquals("1", sql.factColumn(tenant, "enc-0", "revision"));
        assertEquals("0.9.0", sql.factColumn(other, "enc-0", "analyzer_version"));
        // the job counts as completed once it is DONE; no failure
        assertEquals(completedBefore + 1, counter("scoring_rescore_completed_total"));
        assertEquals(failuresBefore, counter("scoring_rescore_failures_total"));
    }

    @Test
    void aJobThatStopsOnAnErrorIsFailedAndCounted() {
        String tenant = newTenant();
        Sql sql = new Sql(dataSource);
        for (int i = 0; i < 3; i++) {
            encounter("ann", "north").store(tenant, "enc-" + i);
        }
        sql.execute("UPDATE score_fact SET analyzer_version = '0.9.0' WHERE tenant_id = ?", tenant);
        // the store refuses this tenant's rescore writes, as a lost connection or a full disk would
        String trigger = "refuse_rescore_" + tenant.substring(2).replace("-", "_");
        sql.execute(
                "CREATE FUNCTION "
                        + trigger
                        + "() RETURNS trigger LANGUAGE plpgsql AS"
                        + " $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$");
        sql.execute(
                "CREATE TRIGGER "
                        + trigger
                        + " BEFORE UPDATE ON score_fact FOR EACH ROW WHEN (OLD.tenant_id = '"
                        + tenant
                        + "') EXECUTE FUNCTION "
                        + trigger
                        + "()");
        try {
            double completedBefore = counter("scoring_rescore_completed_total");
            double failuresBefore = counter("scoring_rescore_failures_total");
            String admin = TestTokens.admin(tenant, "root");
            String job = given().auth()
                    .oauth2(admin)
                    .when()
                    .post("/admin/rescore")
                    .then()
                    .statusCode(202)
                    .body("total", equalTo(3))
                    .extract()
                    .path("id");

            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(
                            () -> "FAILED"
                                    .equals(
                                            given().auth()
                                                    .oauth2(admin)
                                                    .when()
                                                    .get("/admin/rescore/{job}", job)
                                                    .then()
                                                    .statusCode(200)
                                                    .extract()
                                                    .path("status")));
            assertEquals(failuresBefore + 1, counter("scoring_rescore_failures_total"));
            assertEquals(completedBefore, counter("scoring_rescore_completed_total"));
        } finally {
            sql.execute("DROP TRIGGER " + trigger + " ON score_fact");
            sql.execute("DROP FUNCTION " + trigger + "()");
        }
    }

    /** A counter's value on /q/metrics, the way Prometheus scrapes it. */
    static double counter(String name) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not on /q/metrics"));
    }

    @Test
    void onlyTheTenantsAdminStartsOrSeesAJob() {
        String tenant = newTenant();
        String admin = TestTokens.admin(tenant, "root");
        String job = given().auth()
                .oauth2(admin)
                .when()
                .post("/admin/rescore")
                .then()
                .statusCode(202)
                .body("total", equalTo(0))
                .extract()
                .path("id");
        given().auth()
                .oauth2(TestTokens.admin(newTenant(), "root"))
                .when()
                .get("/admin/rescore/{job}", job)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.coach(tenant, "carol", "north"))
                .when()
                .get("/admin/rescore/{job}", job)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.rep(tenant, "ann"))
                .when()
                .post("/admin/rescore")
                .then()
                .statusCode(404);
        given().when().post("/admin/rescore").then().statusCode(401);
        given().auth()
                .oauth2(admin)
                .when()
                .get("/admin/rescore/{job}", "nope")
                .then()
                .statusCode(404);
    }
}
