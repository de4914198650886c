package io.onme.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The issue-2 flows on the packaged platform, started by the launcher as a user starts it: a Hebrew
 * reflection is scored within seconds; an encounter logged while scoring-service is down is scored
 * once it returns, exactly once; another tenant never sees it; the demo tenant is seeded; data
 * survives {@code ./onme down} and {@code ./onme up}.
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
        repToken =
                platform.token(
                        "--tenant",
                        TENANT,
                        "--user",
                        "rina",
                        "--name",
                        "רינה אברהם",
                        "--role",
                        "rep",
                        "--team",
                        TEAM);
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
            assertTrue(
                    status.lines()
                            .anyMatch(
                                    line ->
                                            line.startsWith(service)
                                                    && line.contains("ready")
                                                    && !line.contains("NOT ready")),
                    service + " is not ready:\n" + status);
        }
    }

    @Test
    @Order(2)
    void hebrewReflectionIsScoredWithinSeconds() {
        JsonPath logged = log(HEBREW_REFLECTION, "ספקטרום מערכות");
        assertEquals(
                HEBREW_REFLECTION,
                logged.getString("data.logEncounter.reflection"),
                "RTL text kept intact");
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
            assertEquals(
                    HEBREW_REFLECTION.substring(start, end),
                    span.get("text"),
                    "offsets cut the original text");
        }
    }

    @Test
    @Order(3)
    void encounterLoggedWhileScoringIsDownIsScoredOnceItReturns() throws Exception {
        platform.launcher("stop", "scoring");
        String reflection =
                "We lost it because management refused to approve the discount we needed.";
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
        List<Map<String, Object>> facts =
                RestAssured.given()
                        .header("Authorization", "Bearer " + repToken)
                        .queryParam("encounterId", id)
                        .get(platform.scoringUrl() + "/scores/batch")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("$");
        assertEquals(1, facts.size());
        assertEquals(1, ((Number) facts.get(0).get("revision")).intValue());
        assertEquals(
                1,
                scoreFactRows(id),
                "one row in scoring-service's PostgreSQL, however often it was delivered");
    }

    @Test
    @Order(4)
    void anotherTenantGetsNotFound() {
        String stranger =
                platform.token("--tenant", "other-tenant", "--user", "rina", "--role", "admin");
        JsonPath answer = encounter(stranger, firstEncounterId);
        assertNull(answer.get("data.encounter"));
        assertEquals("NOT_FOUND", answer.getString("errors[0].extensions.code"));

        JsonPath list =
                graphQl.post(stranger, "encounters", Map.of("first", 50))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals(0, list.getInt("data.encounters.totalCount"));
    }

    @Test
    @Order(5)
    void demoTenantIsSeededWithEveryEncounterOfTheSeedFile() throws Exception {
        String coach =
                platform.token(
                        "--tenant",
                        "demo",
                        "--user",
                        "avi",
                        "--role",
                        "coach",
                        "--team",
                        "north",
                        "--team",
                        "south");
        JsonPath page =
                graphQl.post(coach, "encounters", Map.of("first", 100))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals(seededEncounters(), page.getInt("data.encounters.totalCount"));
    }

    @Test
    @Order(6)
    void demoTenantShowsProfilesAndLeaderboards() throws Exception {
        String coach =
                platform.token(
                        "--tenant",
                        "demo",
                        "--user",
                        "avi",
                        "--role",
                        "coach",
                        "--team",
                        "north",
                        "--team",
                        "south");
        long danasEncounters = seedLines().filter(line -> line.startsWith("dana|")).count();
        JsonPath answer =
                graphQl.post(coach, "insights", Map.of("repId", "dana", "teamId", "north"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertNull(answer.get("errors"), () -> answer.prettify());
        assertEquals(danasEncounters, answer.getLong("data.repProfile.entries"));
        assertNotNull(answer.get("data.repProfile.ownershipIndex"));
        assertTrue(
                answer.getList("data.repProfile.stanceMix").size() >= 3,
                "the demo rep shows several stances");
        assertTrue(answer.getList("data.repProfile.trend").size() >= 3, "the demo spans months");
        List<String> board = answer.getList("data.team.leaderboard.rep.id");
        assertTrue(
                board.containsAll(List.of("dana", "yossi")),
                "north's reps are on its leaderboard: " + board);
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

    /**
     * The indicators through the whole chain (gateway → scoring-service → PostgreSQL rollups and
     * facts) on facts with chosen scores, written straight into scoring-service's database for a
     * tenant of their own. The expected numbers are worked out by hand here. M is the Monday 00:00
     * UTC of this week; w the whole weeks between an entry's Monday and M; weight 2^(-w/4).
     *
     * <pre>
     * id  rep  customer when        w  weight    score stance    outcome      archetype      targets         follow-up
     * a1  ann  c1       this week   0  1         80    OWNERSHIP WON          READY          -               no
     * a2  ann  c2       M-7d+12h    1  2^-0.25   60    OWNERSHIP LOST         SKEPTICAL      -               no
     * a3  ann  c3       M-14d+12h   2  2^-0.5    40    MIXED     WON          SKEPTICAL      PRICE           no
     * a4  ann  c2       M-28d+12h   4  2^-1      20    BLAME     PROGRESSING  PRICE_FOCUSED  PRICE,CUSTOMER  yes
     * a5  ann  c4       M-35d+12h   5  2^-1.25   10    HELPLESS  LOST         HOSTILE        -               no
     * b1  bob  d1       this week   0  1         90    OWNERSHIP WON          READY          -               no
     *
     * ann, LAST_90_DAYS (every entry is younger than 43 days):
     *   index = (80 + 60*0.840896 + 40*0.707107 + 20*0.5 + 10*0.420448) / (1 + 0.840896 + 0.707107 + 0.5 + 0.420448)
     *         = 172.942538 / 3.468451 = 49.8616
     *   win rate = 2 won / 4 final (a4 is PROGRESSING) = 0.5
     *   stances: OWNERSHIP 2 (0.4), MIXED 1, BLAME 1, HELPLESS 1 (0.2 each); blame mentions: PRICE 2 of 3, CUSTOMER 1
     *   archetypes won: READY, SKEPTICAL: coverage 2/9; evenness = (ln 2)/(ln 9) = 0.315465 (two equal shares)
     *   persistence: c1 1, c2 2 (a4 then a2), c3 1, c4 1 encounters to a final outcome: 5/4 = 1.25;
     *   abandoned: c4 only (a5 lost, no follow-up, 34.5+ days old; c2's last, a2, is under 30 days): 1/4 = 0.25
     * bob: index 90. Team LAST_90_DAYS leaderboard: bob (90) before ann (49.8616).
     * </pre>
     */
    @Test
    @Order(8)
    void handComputedIndicatorsThroughTheGateway() throws Exception {
        String tenant = "e2e-indicators";
        Instant now = Instant.now();
        Instant monday =
                now.atZone(java.time.ZoneOffset.UTC)
                        .toLocalDate()
                        .with(java.time.DayOfWeek.MONDAY)
                        .atStartOfDay(java.time.ZoneOffset.UTC)
                        .toInstant();
        Instant thisWeek = monday.plus(Duration.between(monday, now).dividedBy(2));
        try (Connection db =
                DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + platform.pgPort + "/scoring",
                        "postgres",
                        "postgres")) {
            fact(
                    db,
                    tenant,
                    "a1",
                    "ann",
                    "c1",
                    thisWeek,
                    80,
                    "OWNERSHIP",
                    "WON",
                    "READY",
                    "",
                    false);
            fact(
                    db,
                    tenant,
                    "a2",
                    "ann",
                    "c2",
                    weeksBefore(monday, 1),
                    60,
                    "OWNERSHIP",
                    "LOST",
                    "SKEPTICAL",
                    "",
                    false);
            fact(
                    db,
                    tenant,
                    "a3",
                    "ann",
                    "c3",
                    weeksBefore(monday, 2),
                    40,
                    "MIXED",
                    "WON",
                    "SKEPTICAL",
                    "PRICE",
                    false);
            fact(
                    db,
                    tenant,
                    "a4",
                    "ann",
                    "c2",
                    weeksBefore(monday, 4),
                    20,
                    "BLAME",
                    "PROGRESSING",
                    "PRICE_FOCUSED",
                    "PRICE,CUSTOMER",
                    true);
            fact(
                    db,
                    tenant,
                    "a5",
                    "ann",
                    "c4",
                    weeksBefore(monday, 5),
                    10,
                    "HELPLESS",
                    "LOST",
                    "HOSTILE",
                    "",
                    false);
            fact(
                    db,
                    tenant,
                    "b1",
                    "bob",
                    "d1",
                    thisWeek,
                    90,
                    "OWNERSHIP",
                    "WON",
                    "READY",
                    "",
                    false);
        }
        String coach =
                platform.token(
                        "--tenant",
                        tenant,
                        "--user",
                        "carmel",
                        "--role",
                        "coach",
                        "--team",
                        "ind-team");

        JsonPath answer =
                graphQl.post(coach, "handComputed", Map.of("repId", "ann", "teamId", "ind-team"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();

        assertNull(answer.get("errors"), () -> answer.prettify());
        double eps = 1e-4;
        assertEquals("אנה", answer.getString("data.repProfile.rep.displayName"));
        assertEquals(5, answer.getInt("data.repProfile.entries"));
        assertEquals(49.8616, answer.getDouble("data.repProfile.ownershipIndex"), eps);
        assertEquals(0.5, answer.getDouble("data.repProfile.winRate"), eps);
        assertEquals(
                2,
                answer.getInt("data.repProfile.stanceMix.find { it.stance == 'OWNERSHIP' }.count"));
        assertEquals(
                0.4,
                answer.getDouble(
                        "data.repProfile.stanceMix.find { it.stance == 'OWNERSHIP' }.share"),
                eps);
        assertEquals(
                0.2,
                answer.getDouble(
                        "data.repProfile.stanceMix.find { it.stance == 'HELPLESS' }.share"),
                eps);
        assertEquals(
                2,
                answer.getInt("data.repProfile.blameProfile.find { it.target == 'PRICE' }.count"));
        assertEquals(
                2.0 / 3,
                answer.getDouble(
                        "data.repProfile.blameProfile.find { it.target == 'PRICE' }.share"),
                eps);
        assertEquals(
                List.of("SKEPTICAL", "READY"),
                answer.getList("data.repProfile.archetypeRange.archetypesWon"));
        assertEquals(2.0 / 9, answer.getDouble("data.repProfile.archetypeRange.coverage"), eps);
        assertEquals(0.315465, answer.getDouble("data.repProfile.archetypeRange.evenness"), eps);
        assertEquals(
                1.25, answer.getDouble("data.repProfile.persistence.encountersPerCustomer"), eps);
        assertEquals(0.25, answer.getDouble("data.repProfile.persistence.abandonmentRate"), eps);
        assertEquals(List.of("ann", "bob"), answer.getList("data.team.members.id"));
        assertEquals(List.of("bob", "ann"), answer.getList("data.team.leaderboard.rep.id"));
        assertEquals(90.0, answer.getDouble("data.team.leaderboard[0].ownershipIndex"), eps);
        assertEquals(49.8616, answer.getDouble("data.team.leaderboard[1].ownershipIndex"), eps);

        // the same team name in another tenant shows none of it
        String stranger =
                platform.token(
                        "--tenant",
                        "e2e-elsewhere",
                        "--user",
                        "carmel",
                        "--role",
                        "coach",
                        "--team",
                        "ind-team");
        JsonPath profile =
                graphQl.post(stranger, "handComputed", Map.of("repId", "ann", "teamId", "ind-team"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals("NOT_FOUND", profile.getString("errors[0].extensions.code"));
        JsonPath team =
                graphQl.post(stranger, "team", Map.of("teamId", "ind-team"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertNull(team.get("errors"), () -> team.prettify());
        assertEquals(List.of(), team.getList("data.team.leaderboard"));
        assertEquals(List.of(), team.getList("data.team.members"));
    }

    private static Instant weeksBefore(Instant monday, int weeks) {
        return monday.minus(Duration.ofDays(7L * weeks)).plus(Duration.ofHours(12));
    }

    private static void fact(
            Connection db,
            String tenant,
            String id,
            String rep,
            String customer,
            Instant at,
            int score,
            String stance,
            String outcome,
            String archetype,
            String targets,
            boolean followUp)
            throws Exception {
        try (PreparedStatement fact =
                        db.prepareStatement(
                                """
                INSERT INTO score_fact (tenant_id, encounter_id, revision, rep_id, rep_name, team_id, customer_id,
                    occurred_at, archetype, outcome, follow_up_set, reflection, language, stance, ownership_score,
                    blame_targets, analysis, analyzer_version, scored_at)
                VALUES (?, ?, 1, ?, ?, 'ind-team', ?, ?, ?, ?, ?, 'chosen for the test', 'EN', ?, ?,
                        coalesce(string_to_array(nullif(?, ''), ','), '{}'), '{}'::jsonb, 'fixture-1.0.0', now())
                """);
                PreparedStatement member =
                        db.prepareStatement(
                                """
                INSERT INTO rep_member (tenant_id, rep_id, team_id, rep_name, last_seen_at)
                VALUES (?, ?, 'ind-team', ?, ?) ON CONFLICT DO NOTHING
                """)) {
            String name = rep.equals("ann") ? "אנה" : "Bob";
            fact.setString(1, tenant);
            fact.setString(2, id);
            fact.setString(3, rep);
            fact.setString(4, name);
            fact.setString(5, customer);
            fact.setTimestamp(6, java.sql.Timestamp.from(at));
            fact.setString(7, archetype);
            fact.setString(8, outcome);
            fact.setBoolean(9, followUp);
            fact.setString(10, stance);
            fact.setInt(11, score);
            fact.setString(12, targets);
            fact.executeUpdate();
            member.setString(1, tenant);
            member.setString(2, rep);
            member.setString(3, name);
            member.setTimestamp(4, java.sql.Timestamp.from(at));
            member.executeUpdate();
        }
    }

    private static JsonPath log(String reflection, String customer) {
        Map<String, Object> input = new HashMap<>();
        input.put("customer", Map.of("name", customer));
        input.put(
                "occurredAt",
                Instant.now()
                        .minus(1, ChronoUnit.HOURS)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString());
        input.put("channel", "MEETING");
        input.put("archetype", "SKEPTICAL");
        input.put("intensity", 3);
        input.put("outcome", "PROGRESSING");
        input.put("reflection", reflection);
        JsonPath answer =
                graphQl.post(repToken, "logEncounter", Map.of("input", input))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertNull(answer.get("errors"), () -> "logEncounter failed: " + answer.prettify());
        return answer;
    }

    private static JsonPath encounter(String token, String id) {
        return graphQl.post(token, "encounter", Map.of("id", id))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath awaitScored(String id, Duration within) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(within)
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> {
                            last[0] = encounter(repToken, id);
                            return "SCORED".equals(last[0].getString("data.encounter.scoreStatus"));
                        });
        return last[0];
    }

    private static int scoreFactRows(String encounterId) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + platform.pgPort + "/scoring";
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
                PreparedStatement count =
                        db.prepareStatement(
                                "select count(*) from score_fact where encounter_id = ?")) {
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
