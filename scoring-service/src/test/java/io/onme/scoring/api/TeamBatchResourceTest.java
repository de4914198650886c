package io.onme.scoring.api;

import static io.onme.scoring.support.Encounters.newTenant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.scoring.support.FactFixture;
import io.onme.scoring.support.FactFixture.Fact;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The several-teams reads: each team's part is what the single-team endpoint answers, invisible
 * teams are left out, and the ids are bounded. Two teams: north (ann, bob) and south (ann, cid).
 */
@QuarkusTest
class TeamBatchResourceTest {

    private static final Instant AS_OF = Instant.parse("2026-11-26T12:00:00Z");

    @Inject
    DataSource dataSource;

    private String tenant;

    @BeforeEach
    void dataSet() {
        tenant = newTenant();
        new FactFixture(dataSource, tenant)
                .add(fact("a1", "ann", "north", 1, "WON", 80))
                .add(fact("a2", "ann", "north", 20, "LOST", 20))
                .add(fact("a3", "ann", "south", 100, "WON", 100))
                .add(fact("b1", "bob", "north", 3, "WON", 90))
                .add(fact("c1", "cid", "south", 5, "LOST", 30));
    }

    @Test
    void eachTeamsLeaderboardIsTheSingleTeamAnswer() {
        String coach = TestTokens.coach(tenant, "carol", "north", "south");
        JsonPath boards = given().auth()
                .oauth2(coach)
                .queryParam("id", "south", "north", "south")
                .queryParam("window", "ALL_TIME")
                .queryParam("asOf", AS_OF.toString())
                .when()
                .get("/teams/leaderboards")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("south", "north"), List.copyOf(boards.getMap("").keySet()));
        for (String team : List.of("north", "south")) {
            List<Object> single = given().auth()
                    .oauth2(coach)
                    .queryParam("window", "ALL_TIME")
                    .queryParam("asOf", AS_OF.toString())
                    .when()
                    .get("/teams/{team}/leaderboard", team)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("");
            assertEquals(single, boards.getList(team), team);
        }
        assertEquals(List.of("ann", "cid"), sorted(boards.getList("south.rep.id")));
        assertEquals(List.of("ann", "bob"), sorted(boards.getList("north.rep.id")));
    }

    @Test
    void eachTeamsOwnershipOutcomeIsTheSingleTeamAnswer() {
        String coach = TestTokens.coach(tenant, "carol", "north", "south");
        JsonPath tables = given().auth()
                .oauth2(coach)
                .queryParam("id", "north", "south")
                .queryParam("window", "LAST_365_DAYS")
                .queryParam("asOf", AS_OF.toString())
                .when()
                .get("/teams/ownership-outcomes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        for (String team : List.of("north", "south")) {
            List<Object> single = given().auth()
                    .oauth2(coach)
                    .queryParam("window", "LAST_365_DAYS")
                    .queryParam("asOf", AS_OF.toString())
                    .when()
                    .get("/teams/{team}/ownership-outcome", team)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("");
            assertEquals(single, tables.getList(team), team);
            assertEquals(4, tables.getList(team).size());
        }
    }

    @Test
    void membersOfSeveralTeams() {
        given().auth()
                .oauth2(TestTokens.admin(tenant, "root"))
                .queryParam("id", "north", "south")
                .when()
                .get("/teams/members")
                .then()
                .statusCode(200)
                .body("north.id", contains("ann", "bob"))
                .body("south.id", contains("ann", "cid"))
                .body("north.find { it.id == 'bob' }.displayName", equalTo("Bob"));
    }

    @Test
    void teamsTheCallerMayNotSeeAreLeftOut() {
        given().auth()
                .oauth2(TestTokens.coach(tenant, "carol", "north"))
                .queryParam("id", "north", "south")
                .when()
                .get("/teams/members")
                .then()
                .statusCode(200)
                .body("keySet()", containsInAnyOrder("north"));
        given().auth()
                .oauth2(TestTokens.rep(tenant, "ann", "north"))
                .queryParam("id", "north", "south")
                .when()
                .get("/teams/leaderboards")
                .then()
                .statusCode(200)
                // her own team only, and only her own row in it
                .body("keySet()", containsInAnyOrder("north"))
                .body("north.rep.id", contains("ann"));
        // another tenant with the same team names sees nothing of this one
        for (String path : List.of("/teams/leaderboards", "/teams/ownership-outcomes", "/teams/members")) {
            given().auth()
                    .oauth2(TestTokens.admin(newTenant(), "root"))
                    .queryParam("id", "north", "south")
                    .when()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body("", anEmptyMap());
        }
    }

    @Test
    void badBatchesAreProblems() {
        String coach = TestTokens.coach(tenant, "carol", "north");
        given().auth()
                .oauth2(coach)
                .queryParam("id", Collections.nCopies(101, "north").toArray())
                .when()
                .get("/teams/leaderboards")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"));
        given().auth()
                .oauth2(coach)
                .queryParam("id", "north")
                .queryParam("window", "FOREVER")
                .when()
                .get("/teams/ownership-outcomes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("window"));
        given().queryParam("id", "north").when().get("/teams/members").then().statusCode(401);
    }

    private static List<Object> sorted(List<Object> values) {
        return values.stream().map(String::valueOf).sorted().map(v -> (Object) v).toList();
    }

    private static Fact fact(
            String id, String rep, String team, int ageDays, String outcome, int score) {
        String name = switch (rep) {
            case "bob" -> "Bob";
            case "ann" -> "אנה לוי";
            default -> null;
        };
        return new Fact(
                id,
                rep,
                name,
                team,
                "cust-" + id,
                AS_OF.minus(Duration.ofDays(ageDays)),
                "READY",
                outcome,
                false,
                score >= 50 ? "OWNERSHIP" : "BLAME",
                score,
                "");
    }
}
