package io.onme.system;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The issue-2 flows on the packaged platform, started by the launcher as a user starts it:
 * a Hebrew reflection is scored within seconds; an encounter logged while scoring-service is
 * down is scored once it returns, exactly once; another tenant never sees it; the demo tenant
 * is seeded; data survives {@code ./onme down} and {@code ./onme up}.
 */
@TestMethodOrder(OrderAnnotation.class)
class PlatformIT {

    private static final String TENANT = "e2e-tenant";
    private static final String TEAM = "e2e-team";
    private static final String HEBREW_REFLECTION =
            "הלקוח היה ספקן מאוד, אבל זו האחריות שלי להסיר את הספקות. לא הבאתי נתונים, ומחר אשלח לו מקרה בוחן.";

    private static Platform platform;
    private static GraphQl graphQl;
    private static String repToken;
    private static String firstEncounterId;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.start();
        graphQl = new GraphQl(platform.gatewayUrl());
        repToken = platform.token("--tenant", TENANT, "--user", "rina", "--name", "רינה אברהם",
                "--role", "rep", "--team", TEAM);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.stop();
        }
    }

    @Test
    @Order(1)
    void launcherReportsEveryServiceReady() {
        String status = platform.launcher("status");
        for (String service : List.of("playbook", "journal", "scoring", "gateway")) {
            assertTrue(status.lines().anyMatch(line -> line.startsWith(service) && line.contains("ready")
                            && !line.contains("NOT ready")),
                    service + " is not ready:\n" + status);
        }
    }

    @Test
    @Order(2)
    void hebrewReflectionIsScoredWithinSeconds() {
        JsonPath logged = log(HEBREW_REFLECTION, "ספקטרום מערכות");
        assertEquals(HEBREW_REFLECTION, logged.getString("data.logEncounter.reflection"), "RTL text kept intact");
        assertEquals("HE", logged.getString("data.logEncounter.language"));
        assertEquals(TEAM, logged.getString("data.logEncounter.teamId"));
        firstEncounterId = logged.getString("data.logEncounter.id");

        JsonPath scored = awaitScored(firstEncounterId, Duration.ofSeconds(30));
        assertEquals("OWNERSHIP", scored.getString("data.encounter.analysis.stance"));
        assertEquals("HE", scored.getString("data.encounter.analysis.language"));
        List<Map<String, Object>> evidence = scored.getList("data.encounter.analysis.evidence");
        assertTrue(!evidence.isEmpty(), "an ownership score is explained by evidence");
        for (Map<String, Object> span : evidence) {
            int start = (Integer) span.get("start");
            int end = (Integer) span.get("end");
            assertEquals(HEBREW_REFLECTION.substring(start, end), span.get("text"), "offsets cut the original text");
        }
    }

    @Test
    @Order(3)
    void encounterLoggedWhileScoringIsDownIsScoredOnceItReturns() throws Exception {
        platform.launcher("stop", "scoring");
        String reflection = "We lost it because management refused to approve the discount we needed.";
        JsonPath logged = log(reflection, "Contoso Freight");
        String id = logged.getString("data.logEncounter.id");
        assertEquals("PENDING", logged.getString("data.logEncounter.scoreStatus"));

        // while scoring is down the encounter is stored and stays pending; the rest still answers
        JsonPath pending = encounter(repToken, id);
        assertEquals("PENDING", pending.getString("data.encounter.scoreStatus"));
        assertEquals(reflection, pending.getString("data.encounter.reflection"));

        platform.launcher("start", "scoring");
        JsonPath scored = awaitScored(id, Duration.ofSeconds(60));
        assertEquals("BLAME", scored.getString("data.encounter.analysis.stance"));
        assertTrue(scored.getList("data.encounter.analysis.blameTargets").contains("MANAGEMENT"));

        // exactly one score fact for the encounter, at its first revision
        List<Map<String, Object>> facts = RestAssured.given()
                .header("Authorization", "Bearer " + repToken)
                .queryParam("encounterId", id)
                .get(platform.scoringUrl() + "/scores/batch")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(1, facts.size());
        assertEquals(1, ((Number) facts.get(0).get("revision")).intValue());
        assertEquals(1, scoreFactRows(id), "one row in scoring-service's PostgreSQL, however often it was delivered");
    }

    @Test
    @Order(4)
    void anotherTenantGetsNotFound() {
        String stranger = platform.token("--tenant", "other-tenant", "--user", "rina", "--role", "admin");
        JsonPath answer = encounter(stranger, firstEncounterId);
        assertNull(answer.get("data.encounter"));
        assertEquals("NOT_FOUND", answer.getString("errors[0].extensions.code"));

        JsonPath list = graphQl.post(stranger, "encounters", Map.of("first", 50)).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(0, list.getInt("data.encounters.totalCount"));
    }

    @Test
    @Order(5)
    void demoTenantIsSeededWithEveryEncounterOfTheSeedFile() throws Exception {
        String coach = platform.token("--tenant", "demo", "--user", "avi", "--role", "coach",
                "--team", "north", "--team", "south");
        JsonPath page = graphQl.post(coach, "encounters", Map.of("first", 100)).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(seededEncounters(), page.getInt("data.encounters.totalCount"));
    }

    @Test
    @Order(6)
    void demoTenantShowsProfilesAndLeaderboards() throws Exception {
        String coach = platform.token("--tenant", "demo", "--user", "avi", "--role", "coach",
                "--team", "north", "--team", "south");
        long danasEncounters = seedLines().filter(line -> line.startsWith("dana|")).count();
        JsonPath answer = graphQl.post(coach, "insights", Map.of("repId", "dana", "teamId", "north"))
                .then().statusCode(200).extract().jsonPath();
        assertNull(answer.get("errors"), () -> answer.prettify());
        assertEquals(danasEncounters, answer.getLong("data.repProfile.entries"));
        assertNotNull(answer.get("data.repProfile.ownershipIndex"));
        assertTrue(answer.getList("data.repProfile.stanceMix").size() >= 3, "the demo rep shows several stances");
        assertTrue(answer.getList("data.repProfile.trend").size() >= 3, "the demo spans months");
        List<String> board = answer.getList("data.team.leaderboard.rep.id");
        assertTrue(board.containsAll(List.of("dana", "yossi")), "north's reps are on its leaderboard: " + board);
        assertTrue(!answer.getList("data.team.ownershipOutcome").isEmpty());
    }

    @Test
    @Order(7)
    void dataSurvivesDownAndUp() {
        platform.launcher("down");
        platform.launcher("up");
        JsonPath again = encounter(repToken, firstEncounterId);
        assertEquals(HEBREW_REFLECTION, again.getString("data.encounter.reflection"));
        assertEquals("SCORED", again.getString("data.encounter.scoreStatus"));
        assertNotNull(again.get("data.encounter.analysis"));
    }

    private static JsonPath log(String reflection, String customer) {
        Map<String, Object> input = new HashMap<>();
        input.put("customer", Map.of("name", customer));
        input.put("occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
        input.put("channel", "MEETING");
        input.put("archetype", "SKEPTICAL");
        input.put("intensity", 3);
        input.put("outcome", "PROGRESSING");
        input.put("reflection", reflection);
        JsonPath answer = graphQl.post(repToken, "logEncounter", Map.of("input", input))
                .then().statusCode(200).extract().jsonPath();
        assertNull(answer.get("errors"), () -> "logEncounter failed: " + answer.prettify());
        return answer;
    }

    private static JsonPath encounter(String token, String id) {
        return graphQl.post(token, "encounter", Map.of("id", id)).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitScored(String id, Duration within) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(within).pollInterval(Duration.ofMillis(250)).until(() -> {
            last[0] = encounter(repToken, id);
            return "SCORED".equals(last[0].getString("data.encounter.scoreStatus"));
        });
        return last[0];
    }

    private static int scoreFactRows(String encounterId) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + platform.pgPort + "/scoring";
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
             PreparedStatement count = db.prepareStatement("select count(*) from score_fact where encounter_id = ?")) {
            count.setString(1, encounterId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** The number of encounters in the launcher's seed file (comment lines aside). */
    private static int seededEncounters() throws Exception {
        return (int) seedLines().count();
    }

    private static Stream<String> seedLines() throws Exception {
        Path seed = platform.root.resolve("dev-stores/src/main/resources/demo/encounters.psv");
        return Files.readAllLines(seed, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"));
    }
}
