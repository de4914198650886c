package io.onme.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.gateway.fakes.Fakes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** repProfile and team, served from scoring-service. */
@QuarkusTest
class InsightsApiResourceTest {

    static final String TENANT = "t-insights";

    @BeforeEach
    void seed() {
        Fakes.reset();
        String token = TestTokens.rep(TENANT, "shira", "team-i");
        if (GraphQL.post(token, "encountersWithAnalysis", "first", 1)
                .jsonPath()
                .getInt("data.encounters.totalCount") == 0) {
            Fakes.seed(TENANT, "shira", "team-i", 3);
            Fakes.seed(TENANT, "omer", "team-i", 2);
        }
        Fakes.reset();
    }

    @Test
    void repProfileDefaultsToTheCallerAndTheNinetyDayWindow() {
        String token = TestTokens.rep(TENANT, "shira", "team-i");

        JsonPath body = GraphQL.post(token, "repProfile").then().statusCode(200).extract().jsonPath();

        assertNull(body.getList("errors"));
        assertEquals("shira", body.getString("data.repProfile.rep.id"));
        assertEquals(List.of("team-i"), body.getList("data.repProfile.rep.teamIds"));
        assertEquals("LAST_90_DAYS", body.getString("data.repProfile.window"));
        assertEquals(3, body.getInt("data.repProfile.entries"));
        assertEquals(
                List.of("READY"), body.getList("data.repProfile.archetypeRange.archetypesWon"));
        List<Fakes.Call> calls = Fakes.calls("scoring");
        assertEquals("/profiles/shira", calls.get(0).path());
        assertEquals("window=LAST_90_DAYS", calls.get(0).query());
    }

    @Test
    void anotherTenantsRepIsNotFound() {
        JsonPath body = GraphQL.post(
                TestTokens.coach("t-elsewhere", "coach", "team-i"),
                "repProfile",
                "repId",
                "omer")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertNull(body.get("data"));
        assertEquals("NOT_FOUND", body.getString("errors[0].extensions.code"));
        assertEquals(List.of("repProfile"), body.getList("errors[0].path"));
    }

    @Test
    void aCoachSeesTheTeamWithMembersLeaderboardAndQuartiles() {
        String coach = TestTokens.coach(TENANT, "coach", "team-i");

        JsonPath body = GraphQL.post(coach, "team", "id", "team-i")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertNull(body.getList("errors"));
        assertEquals("team-i", body.getString("data.team.name"));
        assertEquals(List.of("omer", "shira"), body.getList("data.team.members.id"));
        assertEquals(
                List.of("team-i", "team-i"), body.getList("data.team.members.teamIds.flatten()"));
        assertEquals(List.of("omer", "shira"), body.getList("data.team.leaderboard.rep.id"));
        assertEquals(
                List.of("LAST_7_DAYS", "LAST_7_DAYS"),
                body.getList("data.team.leaderboard.window"));
        assertEquals(List.of(1, 2, 3, 4), body.getList("data.team.ownershipOutcome.quartile"));
        assertTrue(
                Fakes.calls("scoring").stream()
                        .anyMatch(
                                call -> call.path().equals("/teams/ownership-outcomes")
                                        && call.query()
                                                .equals("id=team-i&window=LAST_90_DAYS")));
    }

    @Test
    void aTeamTheCallerIsNotInIsNotFoundWithoutAsking() {
        JsonPath body = GraphQL.post(TestTokens.rep(TENANT, "shira", "team-i"), "team", "id", "team-other")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertNull(body.get("data.team"));
        assertEquals("NOT_FOUND", body.getString("errors[0].extensions.code"));
        assertTrue(Fakes.calls().isEmpty());
    }

    @Test
    void viewerTeamsCarryTheirLeaderboards() {
        JsonPath body = GraphQL.post(TestTokens.coach(TENANT, "coach", "team-i"), "myTeams")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("team-i"), body.getList("data.me.teams.id"));
        assertEquals(List.of("omer", "shira"), body.getList("data.me.teams[0].leaderboard.rep.id"));
    }

    @Test
    void severalTeamsCostOneScoringCallPerField() {
        Fakes.seed(TENANT, "dan", "team-ii", 2);
        Fakes.reset();
        JsonPath body = GraphQL.post(
                TestTokens.coach(TENANT, "coach", "team-i", "team-ii"),
                "myTeamsEverything")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertNull(body.getList("errors"));
        assertEquals(List.of("team-i", "team-ii"), body.getList("data.me.teams.id"));
        assertEquals(
                List.of(List.of("omer", "shira"), List.of("dan")),
                body.getList("data.me.teams.members.id"));
        assertEquals(
                List.of(List.of("omer", "shira"), List.of("dan")),
                body.getList("data.me.teams.leaderboard.rep.id"));
        assertEquals(
                List.of(4, 4),
                body.getList("data.me.teams.collect { it.ownershipOutcome.size() }"));
        // three fields over two teams: three calls, each naming both teams
        List<Fakes.Call> calls = Fakes.calls("scoring");
        assertEquals(
                List.of("/teams/leaderboards", "/teams/members", "/teams/ownership-outcomes"),
                calls.stream().map(Fakes.Call::path).sorted().toList());
        assertTrue(
                calls.stream().allMatch(call -> call.query().startsWith("id=team-i&id=team-ii")),
                calls::toString);
    }
}
