package io.onme.scoring.api;

import static io.onme.scoring.support.Encounters.newTenant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import io.onme.scoring.support.FactFixture;
import io.onme.scoring.support.FactFixture.Fact;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * Every indicator on a small data set whose expected values are worked out by hand below.
 *
 * <pre>
 * asOf A = 2026-11-26T12:00Z (a Thursday; its ISO week starts Monday 2026-11-23).
 * weight of an entry = 0.5^(w / 4)   (half-life 4 weeks), w = whole calendar weeks from the Monday of
 * the entry's week to Monday 11-23 (so a4, 40 days old on Sat 10-17, is in the week of Mon 10-12: w = 6;
 * c1, 5 days old on Sat 11-21, is in last week: w = 1)
 *
 * id  rep  team   customer age  week  weight     score stance    targets         archetype      outcome     follow-up
 * a1  ann  north  c1        1d  0     1          80    OWNERSHIP  -               READY          WON         no
 * a7  ann  north  -         2d  0     1          40    NEUTRAL    -               -              PROGRESSING no
 * a3  ann  north  c3       15d  2     2^-0.5     50    MIXED      PRICE           SKEPTICAL      WON         no
 * a2  ann  north  c2       29d  4     0.5        20    BLAME      PRICE,CUSTOMER  PRICE_FOCUSED  LOST        no
 * a5  ann  north  c4       35d  5     2^-1.25    10    HELPLESS   -               HOSTILE        LOST        no
 * a4  ann  north  c3       40d  6     2^-1.5     60    OWNERSHIP  -               SKEPTICAL      PROGRESSING yes
 * a6  ann  south  c5      100d  14    -         100    OWNERSHIP  -               READY          WON         no
 * b1  bob  north  d1        3d  0     1          90    OWNERSHIP  -               READY          WON         no
 * b2  bob  north  d2       10d  1     2^-0.25    70    OWNERSHIP  -               CLOSED         LOST        yes
 * c1  cid  south  e1        5d  1     2^-0.25    30    BLAME      MANAGEMENT      -              LOST        no
 * </pre>
 */
@QuarkusTest
class IndicatorResourceTest {

    private static final Instant AS_OF = Instant.parse("2026-11-26T12:00:00Z");
    private static final double EPS = 1e-9;
    private static final double LN2_OVER_LN9 = Math.log(2) / Math.log(9);

    @Inject
    DataSource dataSource;

    private String tenant;

    @BeforeEach
    void dataSet() {
        // JSON numbers as doubles, not floats: the expected values are checked to 1e-9
        RestAssured.config = RestAssuredConfig.config()
                .jsonConfig(
                        JsonConfig.jsonConfig()
                                .numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
        tenant = newTenant();
        new FactFixture(dataSource, tenant)
                .add(
                        fact(
                                "a1",
                                "ann",
                                "north",
                                "c1",
                                1,
                                "READY",
                                "WON",
                                false,
                                "OWNERSHIP",
                                80,
                                ""))
                .add(
                        fact(
                                "a7",
                                "ann",
                                "north",
                                null,
                                2,
                                null,
                                "PROGRESSING",
                                false,
                                "NEUTRAL",
                                40,
                                ""))
                .add(
                        fact(
                                "a3",
                                "ann",
                                "north",
                                "c3",
                                15,
                                "SKEPTICAL",
                                "WON",
                                false,
                                "MIXED",
                                50,
                                "PRICE"))
                .add(
                        fact(
                                "a2",
                                "ann",
                                "north",
                                "c2",
                                29,
                                "PRICE_FOCUSED",
                                "LOST",
                                false,
                                "BLAME",
                                20,
                                "PRICE,CUSTOMER"))
                .add(
                        fact(
                                "a5",
                                "ann",
                                "north",
                                "c4",
                                35,
                                "HOSTILE",
                                "LOST",
                                false,
                                "HELPLESS",
                                10,
                                ""))
                .add(
                        fact(
                                "a4",
                                "ann",
                                "north",
                                "c3",
                                40,
                                "SKEPTICAL",
                                "PROGRESSING",
                                true,
                                "OWNERSHIP",
                                60,
                                ""))
                .add(
                        fact(
                                "a6",
                                "ann",
                                "south",
                                "c5",
                                100,
                                "READY",
                                "WON",
                                false,
                                "OWNERSHIP",
                                100,
                                ""))
                .add(
                        fact(
                                "b1",
                                "bob",
                                "north",
                                "d1",
                                3,
                                "READY",
                                "WON",
                                false,
                                "OWNERSHIP",
                                90,
                                ""))
                .add(
                        fact(
                                "b2",
                                "bob",
                                "north",
                                "d2",
                                10,
                                "CLOSED",
                                "LOST",
                                true,
                                "OWNERSHIP",
                                70,
                                ""))
                .add(
                        fact(
                                "c1",
                                "cid",
                                "south",
                                "e1",
                                5,
                                null,
                                "LOST",
                                false,
                                "BLAME",
                                30,
                                "MANAGEMENT"));
    }

    private static Fact fact(
            String id,
            String rep,
            String team,
            String customer,
            int ageDays,
            String archetype,
            String outcome,
            boolean followUp,
            String stance,
            int score,
            String targets) {
        String name = switch (rep) {
            case "ann" -> "Ann Levi";
            case "bob" -> "בוב כהן";
            default -> null;
        };
        return new Fact(
                id,
                rep,
                name,
                team,
                customer,
                AS_OF.minus(Duration.ofDays(ageDays)),
                archetype,
                outcome,
                followUp,
                stance,
                score,
                targets);
    }

    private JsonPath profile(String token, String rep, String window) {
        String body = given().auth()
                .oauth2(token)
                .queryParam("window", window)
                .queryParam("asOf", AS_OF.toString())
                .when()
                .get("/profiles/{rep}", rep)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return doubles(body);
    }

    private static JsonPath doubles(String json) {
        return JsonPath.from(json)
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    @Test
    void annOverTheLast30Days() {
        // window (A-30d, A]: a1, a7, a3, a2
        JsonPath p = profile(TestTokens.rep(tenant, "ann", "north"), "ann", "LAST_30_DAYS");
        assertEquals("ann", p.getString("rep.id"));
        assertEquals("Ann Levi", p.getString("rep.displayName"));
        assertEquals(List.of("north", "south"), p.getList("rep.teamIds"));
        assertEquals("LAST_30_DAYS", p.getString("window"));
        assertEquals(4, p.getInt("entries"));
        // (80*1 + 40*1 + 50*2^-0.5 + 20*0.5) / (1 + 1 + 2^-0.5 + 0.5) = 165.3553 / 3.2071 = 51.5590
        double index = (80 + 40 + 50 * Math.pow(2, -0.5) + 20 * 0.5) / (1 + 1 + Math.pow(2, -0.5) + 0.5);
        assertEquals(index, p.getDouble("ownershipIndex"), EPS);
        assertEquals(51.559, p.getDouble("ownershipIndex"), 0.001);
        // one each of OWNERSHIP, NEUTRAL, MIXED, BLAME out of 4
        assertStances(
                p, Map.of("OWNERSHIP", 1, "BLAME", 1, "HELPLESS", 0, "MIXED", 1, "NEUTRAL", 1), 4);
        // blame mentions: PRICE (a3, a2) = 2, CUSTOMER (a2) = 1 of 3 mentions
        assertTargets(p, Map.of("PRICE", 2, "CUSTOMER", 1), 3);
        // archetypes: READY 1 enc 1 win, SKEPTICAL 1/1 (a3), PRICE_FOCUSED 1 enc 0 wins
        assertEquals(List.of("SKEPTICAL", "READY"), p.getList("archetypeRange.archetypesWon"));
        assertEquals(2.0 / 9, p.getDouble("archetypeRange.coverage"), EPS);
        // wins 1 and 1: entropy ln 2, over ln 9
        assertEquals(LN2_OVER_LN9, p.getDouble("archetypeRange.evenness"), EPS);
        assertArchetype(p, "READY", 1, 1);
        assertArchetype(p, "SKEPTICAL", 1, 1);
        assertArchetype(p, "PRICE_FOCUSED", 0, 1);
        assertArchetype(p, "HOSTILE", 0, 0);
        // final outcomes: a1 WON, a3 WON, a2 LOST → 2/3
        assertEquals(2.0 / 3, p.getDouble("winRate"), EPS);
        // customers c1 (final at its 1st), c2 (1st), c3 (a3 is its only encounter in the window:
        // 1st) → 1.0;
        // no customer's last encounter is 30 days old → abandonment 0 of 3
        assertEquals(1.0, p.getDouble("persistence.encountersPerCustomer"), EPS);
        assertEquals(0.0, p.getDouble("persistence.abandonmentRate"), EPS);
        // weeks from the window start's week (Mon 10-26) to asOf's (Mon 11-23): five points
        assertEquals(
                List.of(
                        "2026-10-26T00:00:00Z",
                        "2026-11-02T00:00:00Z",
                        "2026-11-09T00:00:00Z",
                        "2026-11-16T00:00:00Z",
                        "2026-11-23T00:00:00Z"),
                p.getList("trend.periodStart"));
        assertEquals(List.of(1, 0, 1, 0, 2), p.getList("trend.entries"));
        // plain weekly means: 20 (a2), -, 50 (a3), -, (80 + 40) / 2 = 60 (a1, a7)
        List<Double> weekly = p.getList("trend.ownershipIndex");
        assertEquals(20.0, weekly.get(0), EPS);
        assertNull(weekly.get(1));
        assertEquals(50.0, weekly.get(2), EPS);
        assertNull(weekly.get(3));
        assertEquals(60.0, weekly.get(4), EPS);
    }

    @Test
    void annOverTheLast90Days() {
        // window (A-90d, A]: a1, a7, a3, a2, a5, a4 (a6 is 100 days old)
        JsonPath p = profile(TestTokens.rep(tenant, "ann", "north"), "ann", "LAST_90_DAYS");
        assertEquals(6, p.getInt("entries"));
        // (80 + 40 + 50*2^-0.5 + 20*0.5 + 10*2^-1.25 + 60*2^-1.5) / (1 + 1 + 2^-0.5 + 0.5 + 2^-1.25
        // + 2^-1.5)
        //   = (165.3553 + 4.2045 + 21.2132) / (3.2071 + 0.4204 + 0.3536) = 190.7730 / 3.9811 =
        // 47.9196
        double index = (80
                + 40
                + 50 * Math.pow(2, -0.5)
                + 20 * 0.5
                + 10 * Math.pow(2, -1.25)
                + 60 * Math.pow(2, -1.5))
                / (1
                        + 1
                        + Math.pow(2, -0.5)
                        + 0.5
                        + Math.pow(2, -1.25)
                        + Math.pow(2, -1.5));
        assertEquals(index, p.getDouble("ownershipIndex"), EPS);
        assertEquals(47.920, p.getDouble("ownershipIndex"), 0.001);
        assertStances(
                p, Map.of("OWNERSHIP", 2, "BLAME", 1, "HELPLESS", 1, "MIXED", 1, "NEUTRAL", 1), 6);
        assertTargets(p, Map.of("PRICE", 2, "CUSTOMER", 1), 3);
        // SKEPTICAL now 2 encounters (a4, a3) with 1 win; HOSTILE 1 encounter, no win
        assertArchetype(p, "SKEPTICAL", 1, 2);
        assertArchetype(p, "HOSTILE", 0, 1);
        assertEquals(2.0 / 9, p.getDouble("archetypeRange.coverage"), EPS);
        assertEquals(LN2_OVER_LN9, p.getDouble("archetypeRange.evenness"), EPS);
        // final outcomes: a1 W, a3 W, a2 L, a5 L → 2/4
        assertEquals(0.5, p.getDouble("winRate"), EPS);
        // to the first final outcome: c1 1, c2 1, c3 2 (a4 progressing, then a3 won), c4 1 → 5/4
        assertEquals(1.25, p.getDouble("persistence.encountersPerCustomer"), EPS);
        // abandoned: c4 only (last encounter a5 LOST, no follow-up, 35 ≥ 30 days); c2's a2 is 29
        // days old → 1/4
        assertEquals(0.25, p.getDouble("persistence.abandonmentRate"), EPS);
    }

    @Test
    void allTimeTrendStartsAtTheFirstFactsWeek() {
        JsonPath p = profile(TestTokens.rep(tenant, "ann", "north"), "ann", "ALL_TIME");
        assertEquals(7, p.getInt("entries"));
        // the 90 days' sums plus a6 (w = 14, weight 2^-3.5 = 0.0884):
        //   (190.7730 + 100*2^-3.5) / (3.9811 + 2^-3.5) = 199.6119 / 4.0695 = 49.0507
        double index = (80
                + 40
                + 50 * Math.pow(2, -0.5)
                + 20 * 0.5
                + 10 * Math.pow(2, -1.25)
                + 60 * Math.pow(2, -1.5)
                + 100 * Math.pow(2, -3.5))
                / (1
                        + 1
                        + Math.pow(2, -0.5)
                        + 0.5
                        + Math.pow(2, -1.25)
                        + Math.pow(2, -1.5)
                        + Math.pow(2, -3.5));
        assertEquals(index, p.getDouble("ownershipIndex"), EPS);
        assertEquals(49.051, p.getDouble("ownershipIndex"), 0.001);
        // a6 on Tue 2026-08-18: weeks Mon 08-17 .. Mon 11-23 = 98 days / 7 + 1 = 15 points
        List<String> weeks = p.getList("trend.periodStart");
        assertEquals(15, weeks.size());
        assertEquals("2026-08-17T00:00:00Z", weeks.get(0));
        assertEquals(100.0, p.getDouble("trend[0].ownershipIndex"), EPS);
        // 3 of 3 archetypes won... READY (a1, a6) 2 wins, SKEPTICAL 1 → p = 2/3, 1/3
        double h = -(2.0 / 3 * Math.log(2.0 / 3) + 1.0 / 3 * Math.log(1.0 / 3));
        assertEquals(h / Math.log(9), p.getDouble("archetypeRange.evenness"), EPS);
        assertArchetype(p, "READY", 2, 2);
    }

    @Test
    void aRepWithoutEntriesHasAnEmptyProfile() {
        JsonPath p = profile(TestTokens.rep(tenant, "newbie", "north"), "newbie", "LAST_30_DAYS");
        assertEquals(0, p.getInt("entries"));
        assertNull(p.get("ownershipIndex"));
        assertNull(p.get("winRate"));
        assertNull(p.get("persistence.encountersPerCustomer"));
        assertNull(p.get("persistence.abandonmentRate"));
        assertEquals(List.of(), p.getList("archetypeRange.archetypesWon"));
        assertEquals(5, p.getList("stanceMix").size());
        assertEquals(List.of(0, 0, 0, 0, 0), p.getList("stanceMix.count"));
        assertEquals(List.of(0, 0, 0, 0, 0), p.getList("trend.entries"));
    }

    @Test
    void leaderboardRanksTheTeamsRepsOverTheTeamsFacts() {
        // north, 30 days: bob (90*1 + 70*2^-0.25) / (1 + 2^-0.25) = 148.8631 / 1.8409 = 80.8638;
        // ann 51.5590
        JsonPath board = doubles(
                given().auth()
                        .oauth2(TestTokens.coach(tenant, "carol", "north"))
                        .queryParam("window", "LAST_30_DAYS")
                        .queryParam("asOf", AS_OF.toString())
                        .when()
                        .get("/teams/{team}/leaderboard", "north")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        assertEquals(List.of("bob", "ann"), board.getList("rep.id"));
        assertEquals("בוב כהן", board.getString("[0].rep.displayName"));
        double bob = (90 + 70 * Math.pow(2, -0.25)) / (1 + Math.pow(2, -0.25));
        assertEquals(bob, board.getDouble("[0].ownershipIndex"), EPS);
        assertEquals(List.of(2, 4), board.getList("entries"));
        // bob: b1 WON, b2 LOST → 0.5
        assertEquals(0.5, board.getDouble("[0].winRate"), EPS);
    }

    @Test
    void leaderboardTiesAreBrokenByEntries() {
        FactFixture east = new FactFixture(dataSource, tenant);
        east.add(fact("e1", "eve", "east", "x1", 1, null, "WON", false, "OWNERSHIP", 60, ""))
                .add(fact("e2", "eve", "east", "x2", 1, null, "WON", false, "OWNERSHIP", 60, ""))
                .add(fact("f1", "fay", "east", "x3", 1, null, "WON", false, "OWNERSHIP", 60, ""))
                .add(fact("g1", "gus", "east", "x4", 1, null, "LOST", false, "OWNERSHIP", 70, ""));
        given().auth()
                .oauth2(TestTokens.admin(tenant, "root"))
                .queryParam("window", "LAST_7_DAYS")
                .queryParam("asOf", AS_OF.toString())
                .when()
                .get("/teams/{team}/leaderboard", "east")
                .then()
                .statusCode(200)
                .body("rep.id", contains("gus", "eve", "fay"))
                .body("ownershipIndex", contains(70.0, 60.0, 60.0))
                .body("entries", contains(1, 2, 1));
    }

    @Test
    void ownershipOutcomeByQuartile() {
        // north, 90 days, by score: a5 10 L, a2 20 L | a7 40 P, a3 50 W | a4 60 P, b2 70 L | a1 80
        // W, b1 90 W
        given().auth()
                .oauth2(TestTokens.coach(tenant, "carol", "north"))
                .queryParam("window", "LAST_90_DAYS")
                .queryParam("asOf", AS_OF.toString())
                .when()
                .get("/teams/{team}/ownership-outcome", "north")
                .then()
                .statusCode(200)
                .body("quartile", contains(1, 2, 3, 4))
                .body("minScore", contains(10.0, 40.0, 60.0, 80.0))
                .body("maxScore", contains(20.0, 50.0, 70.0, 90.0))
                .body("encounters", contains(2, 2, 2, 2))
                // wins / final outcomes: 0/2, 1/1 (a7 progressing), 0/1 (a4 progressing), 2/2
                .body("winRate", contains(0.0, 1.0, 0.0, 1.0));
        // south, 365 days: c1 30 LOST, a6 100 WON — two facts fill the first two quartiles only
        given().auth()
                .oauth2(TestTokens.admin(tenant, "root"))
                .queryParam("window", "LAST_365_DAYS")
                .queryParam("asOf", AS_OF.toString())
                .when()
                .get("/teams/{team}/ownership-outcome", "south")
                .then()
                .statusCode(200)
                .body("encounters", contains(1, 1, 0, 0))
                .body("winRate", contains(0.0, 1.0, null, null))
                .body("minScore", contains(30.0, 100.0, null, null));
    }

    @Test
    void membersAreTheRepsSeenInTheTeam() {
        given().auth()
                .oauth2(TestTokens.coach(tenant, "carol", "south"))
                .when()
                .get("/teams/{team}/members", "south")
                .then()
                .statusCode(200)
                .body("id", contains("ann", "cid"))
                .body("[0].displayName", equalTo("Ann Levi"))
                .body("[0].teamIds", contains("north", "south"))
                .body("[1].displayName", nullValue());
    }

    @Test
    void repsSeeOnlyThemselves() {
        String ann = TestTokens.rep(tenant, "ann", "north");
        given().auth()
                .oauth2(ann)
                .when()
                .get("/profiles/{rep}", "bob")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        // her team's leaderboard: only her own row (the tenant did not let reps see it all)
        given().auth()
                .oauth2(ann)
                .when()
                .get("/teams/{team}/leaderboard", "north")
                .then()
                .statusCode(200)
                .body("rep.id", contains("ann"));
        given().auth()
                .oauth2(ann)
                .when()
                .get("/teams/{team}/leaderboard", "south")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(ann)
                .when()
                .get("/teams/{team}/ownership-outcome", "north")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(ann)
                .when()
                .get("/teams/{team}/members", "north")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(ann)
                .when()
                .get("/profiles/batch?repId=bob&repId=ann&repId=cid")
                .then()
                .statusCode(200)
                .body("rep.id", contains("ann"));
    }

    @Test
    void coachesSeeTheRepsAndTeamsTheyCoach() {
        String northCoach = TestTokens.coach(tenant, "carol", "north");
        given().auth()
                .oauth2(northCoach)
                .when()
                .get("/profiles/batch?repId=cid&repId=bob&repId=zed&repId=ann")
                .then()
                .statusCode(200)
                .body("rep.id", contains("bob", "ann"));
        given().auth()
                .oauth2(northCoach)
                .when()
                .get("/profiles/{rep}", "cid")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(northCoach)
                .when()
                .get("/teams/{team}/leaderboard", "south")
                .then()
                .statusCode(404);
        // ann was seen in south too, so south's coach sees her; bob never was
        String southCoach = TestTokens.coach(tenant, "sam", "south");
        given().auth()
                .oauth2(southCoach)
                .when()
                .get("/profiles/{rep}", "ann")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(southCoach)
                .when()
                .get("/profiles/{rep}", "bob")
                .then()
                .statusCode(404);
    }

    @Test
    void adminsSeeTheTenantButNotWhatDoesNotExist() {
        String admin = TestTokens.admin(tenant, "root");
        given().auth()
                .oauth2(admin)
                .when()
                .get("/profiles/batch?repId=cid&repId=bob&repId=zed")
                .then()
                .statusCode(200)
                .body("rep.id", contains("cid", "bob"));
        given().auth().oauth2(admin).when().get("/profiles/{rep}", "zed").then().statusCode(404);
        given().auth()
                .oauth2(admin)
                .when()
                .get("/teams/{team}/leaderboard", "nowhere")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(admin)
                .when()
                .get("/teams/{team}/members", "north")
                .then()
                .statusCode(200)
                .body("id", contains("ann", "bob"));
    }

    @Test
    void anotherTenantSeesNothing() {
        String other = newTenant();
        String admin = TestTokens.admin(other, "root");
        given().auth().oauth2(admin).when().get("/profiles/{rep}", "ann").then().statusCode(404);
        given().auth()
                .oauth2(admin)
                .when()
                .get("/profiles/batch?repId=ann&repId=bob")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        for (String path : List.of(
                "/teams/north/leaderboard",
                "/teams/north/ownership-outcome",
                "/teams/north/members")) {
            given().auth().oauth2(admin).when().get(path).then().statusCode(404);
        }
        // a coach of a team called "north" in the other tenant sees that tenant's (empty) team only
        String coach = TestTokens.coach(other, "carol", "north");
        given().auth().oauth2(coach).when().get("/profiles/{rep}", "ann").then().statusCode(404);
        given().auth()
                .oauth2(coach)
                .queryParam("window", "ALL_TIME")
                .when()
                .get("/teams/north/leaderboard")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        given().auth()
                .oauth2(coach)
                .when()
                .get("/teams/north/members")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        given().auth()
                .oauth2(coach)
                .queryParam("window", "ALL_TIME")
                .when()
                .get("/teams/north/ownership-outcome")
                .then()
                .statusCode(200)
                .body("encounters", everyItem(equalTo(0)));
        // ann of the other tenant has her own, empty profile
        given().auth()
                .oauth2(TestTokens.rep(other, "ann", "north"))
                .queryParam("window", "ALL_TIME")
                .when()
                .get("/profiles/ann")
                .then()
                .statusCode(200)
                .body("entries", equalTo(0));
    }

    @Test
    void badParametersAreProblemsAndTokensAreRequired() {
        String ann = TestTokens.rep(tenant, "ann", "north");
        given().auth()
                .oauth2(ann)
                .queryParam("window", "LAST_2_DAYS")
                .when()
                .get("/profiles/ann")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("window"));
        given().auth()
                .oauth2(ann)
                .queryParam("asOf", "yesterday")
                .when()
                .get("/profiles/ann")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        given().auth()
                .oauth2(ann)
                .queryParam("window", "last_30_days")
                .when()
                .get("/profiles/ann")
                .then()
                .statusCode(200)
                .body("window", equalTo("LAST_30_DAYS"));
        for (String path : List.of(
                "/profiles/ann",
                "/profiles/batch?repId=ann",
                "/teams/north/leaderboard",
                "/teams/north/ownership-outcome",
                "/teams/north/members")) {
            given().when().get(path).then().statusCode(401).contentType("application/problem+json");
        }
    }

    private static void assertStances(JsonPath p, Map<String, Integer> counts, int entries) {
        assertEquals(
                List.of("OWNERSHIP", "BLAME", "HELPLESS", "MIXED", "NEUTRAL"),
                p.getList("stanceMix.stance"));
        for (int i = 0; i < 5; i++) {
            String stance = p.getString("stanceMix[" + i + "].stance");
            assertEquals(counts.get(stance), p.getInt("stanceMix[" + i + "].count"), stance);
            assertEquals(
                    counts.get(stance) / (double) entries,
                    p.getDouble("stanceMix[" + i + "].share"),
                    EPS,
                    stance);
        }
    }

    private static void assertTargets(JsonPath p, Map<String, Integer> counts, int mentions) {
        assertEquals(
                List.of("CUSTOMER", "MANAGEMENT", "OPERATIONS", "PRICE", "MARKET", "PRODUCT"),
                p.getList("blameProfile.target"));
        for (int i = 0; i < 6; i++) {
            String target = p.getString("blameProfile[" + i + "].target");
            int count = counts.getOrDefault(target, 0);
            assertEquals(count, p.getInt("blameProfile[" + i + "].count"), target);
            assertEquals(
                    count / (double) mentions,
                    p.getDouble("blameProfile[" + i + "].share"),
                    EPS,
                    target);
        }
    }

    private static void assertArchetype(JsonPath p, String archetype, int wins, int encounters) {
        Map<String, Object> row = p.getMap(
                "archetypeRange.winsByArchetype.find { it.archetype == '"
                        + archetype
                        + "' }");
        assertEquals(wins, row.get("wins"), archetype + " wins");
        assertEquals(encounters, row.get("encounters"), archetype + " encounters");
    }
}
