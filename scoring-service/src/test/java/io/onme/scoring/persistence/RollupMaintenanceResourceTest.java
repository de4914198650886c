package io.onme.scoring.persistence;

import static io.onme.scoring.support.Encounters.encounter;
import static io.onme.scoring.support.Encounters.immediate;
import static io.onme.scoring.support.Encounters.newTenant;
import static io.onme.scoring.support.Encounters.serviceToken;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.scoring.support.FactFixture;
import io.onme.scoring.support.FactFixture.Fact;
import io.onme.scoring.support.Sql;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The weekly rollups follow every write of a fact: after inserts, re-scores, edits that move a fact
 * to another week, team or stance, and deletes, {@code score_week} holds exactly what an aggregate
 * over the released facts of {@code score_fact} gives (computed below in its own SQL).
 */
@QuarkusTest
class RollupMaintenanceResourceTest {

    /**
     * The tenant's rollup rows that differ from an aggregate of its facts, both ways. Blame
     * mentions are counted over the unnested targets here (the trigger counts array positions).
     */
    private static final String DIFFERENCES = """
            WITH facts AS (
                SELECT f.*, date_trunc('week', occurred_at, 'UTC') AS week,
                       (SELECT count(*) FROM unnest(f.blame_targets) t WHERE t = 'CUSTOMER') AS b_customer,
                       (SELECT count(*) FROM unnest(f.blame_targets) t WHERE t = 'MANAGEMENT') AS b_management,
                       (SELECT count(*) FROM unnest(f.blame_targets) t WHERE t = 'OPERATIONS') AS b_operations,
                       (SELECT count(*) FROM unnest(f.blame_targets) t WHERE t = 'PRICE') AS b_price,
                       (SELECT count(*) FROM unnest(f.blame_targets) t WHERE t = 'MARKET') AS b_market,
                       (SELECT count(*) FROM unnest(f.blame_targets) t WHERE t = 'PRODUCT') AS b_product
                FROM score_fact f WHERE tenant_id = ? AND released),
            expected AS (
                SELECT tenant_id, team_id, rep_id, week, count(*)::int AS entries, sum(ownership_score)::bigint AS score_sum,
                       sum((outcome = 'WON')::int)::int AS won, sum((outcome IN ('WON', 'LOST', 'NO_DECISION'))::int)::int,
                       sum((stance = 'OWNERSHIP')::int)::int, sum((stance = 'BLAME')::int)::int,
                       sum((stance = 'HELPLESS')::int)::int, sum((stance = 'MIXED')::int)::int,
                       sum((stance = 'NEUTRAL')::int)::int,
                       sum(b_customer)::int, sum(b_management)::int, sum(b_operations)::int, sum(b_price)::int,
                       sum(b_market)::int, sum(b_product)::int,
                       sum((archetype IS NOT DISTINCT FROM 'SKEPTICAL')::int)::int,
                       sum((archetype IS NOT DISTINCT FROM 'ANTAGONISTIC')::int)::int,
                       sum((archetype IS NOT DISTINCT FROM 'UNINTERESTED')::int)::int,
                       sum((archetype IS NOT DISTINCT FROM 'HOSTILE')::int)::int,
                       sum((archetype IS NOT DISTINCT FROM 'CLOSED')::int)::int,
                       sum((archetype IS NOT DISTINCT FROM 'DISTRUSTFUL')::int)::int,
                       sum((archetype IS NOT DISTINCT FROM 'PRICE_FOCUSED')::int)::int,
                       sum((archetype IS NOT DISTINCT FROM 'NOT_LISTENING')::int)::int,
                       sum((archetype IS NOT DISTINCT FROM 'READY')::int)::int,
                       sum((archetype IS NOT DISTINCT FROM 'SKEPTICAL' AND outcome = 'WON')::int)::int,
                       sum((archetype IS NOT DISTINCT FROM 'ANTAGONISTIC' AND outcome = 'WON')::int)::int,
                       sum((archetype IS NOT DISTINCT FROM 'UNINTERESTED' AND outcome = 'WON')::int)::int,
                       sum((archetype IS NOT DISTINCT FROM 'HOSTILE' AND outcome = 'WON')::int)::int,
                       sum((archetype IS NOT DISTINCT FROM 'CLOSED' AND outcome = 'WON')::int)::int,
                       sum((archetype IS NOT DISTINCT FROM 'DISTRUSTFUL' AND outcome = 'WON')::int)::int,
                       sum((archetype IS NOT DISTINCT FROM 'PRICE_FOCUSED' AND outcome = 'WON')::int)::int,
                       sum((archetype IS NOT DISTINCT FROM 'NOT_LISTENING' AND outcome = 'WON')::int)::int,
                       sum((archetype IS NOT DISTINCT FROM 'READY' AND outcome = 'WON')::int)::int
                FROM facts GROUP BY tenant_id, team_id, rep_id, week),
            stored AS (SELECT * FROM score_week WHERE tenant_id = ?)
            SELECT count(*) FROM ((SELECT * FROM expected EXCEPT ALL SELECT * FROM stored)
                                  UNION ALL (SELECT * FROM stored EXCEPT ALL SELECT * FROM expected)) d
            """;

    /** Thu 2026-11-19 10:00 UTC and Mon 2026-11-09 00:00 UTC (a week boundary exactly). */
    private static final Instant THURSDAY = Instant.parse("2026-11-19T10:00:00Z");

    private static final Instant MONDAY = Instant.parse("2026-11-09T00:00:00Z");

    @Inject
    DataSource dataSource;

    @Test
    void rollupsFollowInsertsRescoresEditsAndDeletes() {
        String tenant = newTenant();
        String other = newTenant();
        // readings released at once, so that every write below moves the rollups
        immediate(tenant);
        immediate(other);
        Sql sql = new Sql(dataSource);
        // inserts through the service (analysed), and the other tenant's fact in the same week
        encounter("ann", "north").at(THURSDAY).store(tenant, "e1");
        encounter("ann", "north")
                .at(THURSDAY.plusSeconds(3600))
                .outcome("WON")
                .archetype("READY")
                .reflection("The customer was not ready and the price was too high.")
                .store(tenant, "e2");
        encounter("ann", "north")
                .at(MONDAY)
                .outcome("LOST")
                .archetype(null)
                .customer(null)
                .store(tenant, "e3");
        encounter("bob", "north")
                .at(THURSDAY)
                .reflection("הלקוח לא היה מוכן, המחיר גבוה מדי.")
                .store(tenant, "e4");
        encounter("ann", "north").at(THURSDAY).store(other, "e1");
        // facts with chosen stances and several blame targets, straight into the table
        new FactFixture(dataSource, tenant)
                .add(
                        new Fact(
                                "f1",
                                "ann",
                                "Ann",
                                "north",
                                "c9",
                                THURSDAY.minus(Duration.ofDays(30)),
                                "HOSTILE",
                                "NO_DECISION",
                                false,
                                "BLAME",
                                20,
                                "PRICE,CUSTOMER"))
                .add(
                        new Fact(
                                "f2",
                                "ann",
                                "Ann",
                                "south",
                                null,
                                MONDAY.minusSeconds(1),
                                null,
                                "PROGRESSING",
                                true,
                                "MIXED",
                                45,
                                "PRICE"));
        assertRollupsExact(sql, tenant, other);
        assertEquals("2", weekEntries(sql, tenant, "north", "ann", "2026-11-16"));
        assertEquals("1", weekEntries(sql, tenant, "north", "ann", "2026-11-09"));
        assertEquals("1", weekEntries(sql, tenant, "south", "ann", "2026-11-02"));

        // a re-score by a newer analyser: the facts look analysed by an old version with other
        // stances
        sql.execute(
                "UPDATE score_fact SET analyzer_version = '0.0.1', stance = 'HELPLESS', ownership_score = 3,"
                        + " blame_targets = '{MARKET,MARKET}' WHERE tenant_id = ? AND encounter_id IN ('e1', 'e2')",
                tenant);
        assertRollupsExact(sql, tenant, other);
        assertEquals(
                "2",
                sql.query(
                        "SELECT stance_helpless FROM score_week WHERE tenant_id = ? AND rep_id = 'ann'"
                                + " AND week_start = '2026-11-16T00:00:00Z'",
                        tenant));
        String admin = TestTokens.admin(tenant, "root");
        String job = given().auth()
                .oauth2(admin)
                .when()
                .post("/admin/rescore")
                .then()
                .statusCode(202)
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
        assertRollupsExact(sql, tenant, other);
        assertEquals(
                "0",
                sql.query(
                        "SELECT stance_helpless + blame_market FROM score_week WHERE tenant_id = ?"
                                + " AND rep_id = 'ann' AND week_start = '2026-11-16T00:00:00Z'",
                        tenant));

        // a new revision moves e1 to another week, another team and another stance
        encounter("ann", "south")
                .revision(2)
                .at(THURSDAY.minus(Duration.ofDays(14)))
                .reflection("Management gave us no support and operations shipped late.")
                .store(tenant, "e1");
        assertRollupsExact(sql, tenant, other);
        assertEquals("1", weekEntries(sql, tenant, "north", "ann", "2026-11-16"));
        assertEquals("2", weekEntries(sql, tenant, "south", "ann", "2026-11-02"));
        // e3, ann's only fact of her week, goes to bob: her row goes
        sql.execute(
                "UPDATE score_fact SET rep_id = 'bob' WHERE tenant_id = ? AND encounter_id = 'e3'",
                tenant);
        assertRollupsExact(sql, tenant, other);
        assertNull(weekEntries(sql, tenant, "north", "ann", "2026-11-09"));
        assertEquals("1", weekEntries(sql, tenant, "north", "bob", "2026-11-09"));
        // f2 moves by one second, from Sunday night into that week (the Monday itself), and to
        // north
        sql.execute(
                "UPDATE score_fact SET occurred_at = occurred_at + interval '1 second', team_id = 'north'"
                        + " WHERE tenant_id = ? AND encounter_id = 'f2'",
                tenant);
        assertRollupsExact(sql, tenant, other);
        assertEquals("1", weekEntries(sql, tenant, "north", "ann", "2026-11-09"));
        assertEquals("1", weekEntries(sql, tenant, "south", "ann", "2026-11-02"));

        // deletes through the service; the last fact of a week takes its row with it
        given().auth()
                .oauth2(serviceToken(tenant))
                .when()
                .delete("/scores/{id}", "e4")
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(serviceToken(tenant))
                .when()
                .delete("/scores/{id}", "f1")
                .then()
                .statusCode(204);
        assertRollupsExact(sql, tenant, other);
        assertNull(weekEntries(sql, tenant, "north", "bob", "2026-11-16"));
        assertEquals("1", sql.query("SELECT count(*) FROM score_week WHERE tenant_id = ?", other));
        sql.execute("DELETE FROM score_fact WHERE tenant_id = ?", tenant);
        assertEquals("0", sql.query("SELECT count(*) FROM score_week WHERE tenant_id = ?", tenant));
        assertRollupsExact(sql, tenant, other);
    }

    private static void assertRollupsExact(Sql sql, String... tenants) {
        for (String tenant : tenants) {
            assertEquals(
                    "0",
                    sql.query(DIFFERENCES, tenant, tenant),
                    "rollup rows differing from the facts");
        }
    }

    private static String weekEntries(
            Sql sql, String tenant, String team, String rep, String monday) {
        return sql.query(
                "SELECT entries FROM score_week WHERE tenant_id = ? AND team_id = ? AND rep_id = ?"
                        + " AND week_start = CAST(? AS date) AT TIME ZONE 'UTC'",
                tenant,
                team,
                rep,
                monday);
    }
}
