package io.onme.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * The issue-2 flows on the packaged platform, started by the launcher as a user starts it: a Hebrew
 * reflection is scored within seconds; an encounter logged while scoring-service is down is scored
 * once it returns, exactly once; another tenant never sees it; the demo tenant is seeded; data
 * survives {@code ./onme down} and {@code ./onme up}. And the issue-22 flows: a reading the rep has
 * not seen is withheld from coaches and counts nowhere; dispute, review and the corrected reading
 * in the indicators; the leaderboard setting; erasure with scoring-service stopped; retention;
 * export.
 */
@TestMethodOrder(OrderAnnotation.class)
class PlatformIT {

    private static final String TENANT = "e2e-tenant";
    private static final String TEAM = "e2e-team";
    private static final String HEBREW_REFLECTION = "הלקוח היה ספקן מאוד, אבל זו האחריות שלי להסיר את הספקות. לא הבאתי נתונים, ומחר אשלח לו מקרה בוחן.";

    private static Platform platform;
    private static GraphQl graphQl;
    private static String repToken;
    private static String firstEncounterId;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.start();
        graphQl = new GraphQl(platform.gatewayUrl());
        repToken = platform.token(
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
                                    line -> line.startsWith(service)
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
        String stranger = platform.token("--tenant", "other-tenant", "--user", "rina", "--role", "admin");
        JsonPath answer = encounter(stranger, firstEncounterId);
        assertNull(answer.get("data.encounter"));
        assertEquals("NOT_FOUND", answer.getString("errors[0].extensions.code"));

        JsonPath list = graphQl.post(stranger, "encounters", Map.of("first", 50))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(0, list.getInt("data.encounters.totalCount"));
    }

    @Test
    @Order(5)
    void demoTenantIsSeededWithEveryEncounterOfTheSeedFile() throws Exception {
        String coach = platform.token(
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
        JsonPath page = graphQl.post(coach, "encounters", Map.of("first", 100))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(seededEncounters(), page.getInt("data.encounters.totalCount"));
    }

    @Test
    @Order(6)
    void demoTenantShowsProfilesAndLeaderboards() throws Exception {
        String coach = platform.token(
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
        JsonPath answer = graphQl.post(coach, "insights", Map.of("repId", "dana", "teamId", "north"))
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
        // ready services on a loaded machine can still answer their first request slowly
        // (UNAVAILABLE through the gateway): the data must be there within seconds
        JsonPath[] read = new JsonPath[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> {
                            read[0] = encounter(repToken, firstEncounterId);
                            return read[0].get("data.encounter") != null;
                        });
        JsonPath again = read[0];
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
        Instant monday = now.atZone(java.time.ZoneOffset.UTC)
                .toLocalDate()
                .with(java.time.DayOfWeek.MONDAY)
                .atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant();
        Instant thisWeek = monday.plus(Duration.between(monday, now).dividedBy(2));
        try (Connection db = DriverManager.getConnection(
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
        String coach = platform.token(
                "--tenant",
                tenant,
                "--user",
                "carmel",
                "--role",
                "coach",
                "--team",
                "ind-team");

        JsonPath answer = graphQl.post(coach, "handComputed", Map.of("repId", "ann", "teamId", "ind-team"))
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
        String stranger = platform.token(
                "--tenant",
                "e2e-elsewhere",
                "--user",
                "carmel",
                "--role",
                "coach",
                "--team",
                "ind-team");
        JsonPath profile = graphQl.post(stranger, "handComputed", Map.of("repId", "ann", "teamId", "ind-team"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("NOT_FOUND", profile.getString("errors[0].extensions.code"));
        JsonPath team = graphQl.post(stranger, "team", Map.of("teamId", "ind-team"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertNull(team.get("errors"), () -> team.prettify());
        assertEquals(List.of(), team.getList("data.team.leaderboard"));
        assertEquals(List.of(), team.getList("data.team.members"));
    }

    // ---- issue 22: rep first, disputes, reviews, data rights (docs/coaching-not-surveillance.md)

    private static final String COACHING_TENANT = "e2e-coaching";
    private static final String COACHING_TEAM = "c-team";

    private String coachingToken(String user, String role) {
        return platform.token(
                "--tenant",
                COACHING_TENANT,
                "--user",
                user,
                "--role",
                role,
                "--team",
                COACHING_TEAM);
    }

    private static JsonPath call(String token, String document, Map<String, Object> variables) {
        return graphQl.post(token, document, variables).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath ok(String token, String document, Map<String, Object> variables) {
        JsonPath answer = call(token, document, variables);
        assertNull(answer.get("errors"), () -> document + " failed: " + answer.prettify());
        return answer;
    }

    private static String logAs(String token, String reflection, Instant occurredAt) {
        Map<String, Object> input = new HashMap<>();
        input.put("customer", Map.of("name", "Northwind " + occurredAt.getEpochSecond()));
        input.put("occurredAt", occurredAt.truncatedTo(ChronoUnit.SECONDS).toString());
        input.put("outcome", "LOST");
        input.put("reflection", reflection);
        return ok(token, "logEncounter", Map.of("input", input)).getString("data.logEncounter.id");
    }

    private static JsonPath awaitReading(String token, String id) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> {
                            last[0] = call(token, "reading", Map.of("id", id));
                            return "SCORED".equals(last[0].getString("data.encounter.scoreStatus"));
                        });
        return last[0];
    }

    /**
     * The whole review loop through the gateway: a reading the rep has not seen is withheld from
     * the coach and counts nowhere; seen, it counts; disputed, it joins the coach's queue;
     * corrected, the correction replaces the machine's reading in the rep's profile and the
     * suggestions, and the machine's reading stays beside it with the history of who did what.
     */
    @Test
    @Order(9)
    void disputeReviewAndCorrectedIndicators() {
        String admin = coachingToken("adi", "admin");
        String rep = coachingToken("lior", "rep");
        String coach = coachingToken("gal", "coach");
        ok(admin, "settings", Map.of("input", Map.of("coachVisibility", "AFTER_REP_SEEN")));

        String id = logAs(
                rep,
                "We lost it because management refused to approve the discount we needed.",
                Instant.now().minus(2, ChronoUnit.HOURS));
        JsonPath mine = awaitReading(rep, id);
        assertEquals("BLAME", mine.getString("data.encounter.reading.stance"));
        assertEquals("UNREVIEWED", mine.getString("data.encounter.reading.state"));
        assertEquals(false, mine.getBoolean("data.encounter.reading.releasedToCoaches"));

        // not seen by the rep: the coach sees the encounter without its reading, no indicator has
        // it
        JsonPath coachView = ok(coach, "reading", Map.of("id", id));
        assertEquals(true, coachView.getBoolean("data.encounter.readingWithheld"));
        assertNull(coachView.get("data.encounter.reading"));
        assertNull(coachView.get("data.encounter.analysis"));
        assertEquals(
                0, ok(coach, "profile", Map.of("repId", "lior")).getInt("data.repProfile.entries"));

        // seen: released, counted as the machine read it
        ok(rep, "markSeen", Map.of("id", id));
        JsonPath released = ok(coach, "reading", Map.of("id", id));
        assertEquals(false, released.getBoolean("data.encounter.readingWithheld"));
        assertEquals("BLAME", released.getString("data.encounter.reading.stance"));
        JsonPath before = ok(coach, "profile", Map.of("repId", "lior"));
        assertEquals(1, before.getInt("data.repProfile.entries"));
        assertEquals(
                1, before.getInt("data.repProfile.stanceMix.find { it.stance == 'BLAME' }.count"));

        // only the rep disputes their reading; the coach cannot, another tenant cannot find it
        assertEquals(
                "FORBIDDEN",
                call(coach, "dispute", Map.of("id", id, "note", "not mine to dispute"))
                        .getString("errors[0].extensions.code"));
        String stranger = platform.token("--tenant", "e2e-other", "--user", "lior", "--role", "rep");
        assertEquals(
                "NOT_FOUND",
                call(stranger, "dispute", Map.of("id", id, "note", "x"))
                        .getString("errors[0].extensions.code"));
        JsonPath disputed = ok(
                rep,
                "dispute",
                Map.of(
                        "id",
                        id,
                        "note",
                        "I was describing the approval process, and I own the next step."));
        assertEquals("DISPUTED", disputed.getString("data.disputeReading.state"));
        assertEquals(
                "CONFLICT",
                call(rep, "dispute", Map.of("id", id, "note", "again"))
                        .getString("errors[0].extensions.code"));

        JsonPath queue = ok(coach, "reviewQueue", Map.of("teamId", COACHING_TEAM));
        assertEquals(
                "DISPUTED",
                queue.getString(
                        "data.reviewQueue.edges.find { it.node.encounter.id == '"
                                + id
                                + "' }.node.reason"));
        assertEquals(
                "FORBIDDEN",
                call(rep, "review", Map.of("id", id, "input", Map.of("decision", "CONFIRM")))
                        .getString("errors[0].extensions.code"));

        JsonPath corrected = ok(
                coach,
                "review",
                Map.of(
                        "id",
                        id,
                        "input",
                        Map.of(
                                "decision",
                                "CORRECT",
                                "stance",
                                "OWNERSHIP",
                                "blameTargets",
                                List.of(),
                                "note",
                                "Agreed: the note names the approval, then your own plan.")));
        assertEquals("CORRECTED", corrected.getString("data.reviewReading.state"));
        assertEquals("OWNERSHIP", corrected.getString("data.reviewReading.stance"));
        assertEquals("BLAME", corrected.getString("data.reviewReading.machineStance"));
        assertEquals("gal", corrected.getString("data.reviewReading.reviewedBy.id"));

        JsonPath after = ok(coach, "profile", Map.of("repId", "lior"));
        assertEquals(1, after.getInt("data.repProfile.entries"));
        assertEquals(
                1,
                after.getInt("data.repProfile.stanceMix.find { it.stance == 'OWNERSHIP' }.count"));
        assertEquals(
                0, after.getInt("data.repProfile.stanceMix.find { it.stance == 'BLAME' }.count"));
        assertEquals(
                0,
                after.getInt("data.repProfile.blameProfile.collect { it.count }.sum()"),
                "no blame left in the profile");
        assertTrue(
                after.getDouble("data.repProfile.ownershipIndex") > before.getDouble("data.repProfile.ownershipIndex"),
                "the correction to OWNERSHIP raises the ownership index");

        JsonPath history = ok(rep, "reading", Map.of("id", id));
        assertEquals(
                List.of("DISPUTED", "CORRECTED"),
                history.getList("data.encounter.reading.history.action"));
        assertEquals(
                List.of("lior", "gal"), history.getList("data.encounter.reading.history.actorId"));
        assertEquals(
                "BLAME",
                history.getString("data.encounter.analysis.stance"),
                "the machine's analysis is kept");

        JsonPath agreement = ok(admin, "agreement", Map.of());
        assertEquals(
                1,
                agreement.getInt("data.analyserAgreement.find { it.language == 'EN' }.corrected"));
        assertEquals(
                1,
                agreement.getInt(
                        "data.analyserAgreement.find { it.language == 'EN' }.confusion.find { it.machine == 'BLAME' && it.human == 'OWNERSHIP' }.count"));
        assertEquals(
                "FORBIDDEN",
                call(coach, "agreement", Map.of()).getString("errors[0].extensions.code"));
    }

    /** By default a rep sees only their own row of the team's leaderboard; a tenant may open it. */
    @Test
    @Order(10)
    void repsSeeTheLeaderboardOnlyWhenTheTenantSaysSo() {
        String admin = coachingToken("adi", "admin");
        String other = coachingToken("noam", "rep");
        String id = logAs(
                other,
                "I did not prepare the pricing options, so the next meeting is mine to fix.",
                Instant.now().minus(3, ChronoUnit.HOURS));
        awaitReading(other, id);
        ok(other, "markSeen", Map.of("id", id));

        String rep = coachingToken("lior", "rep");
        ok(admin, "settings", Map.of("input", Map.of("repsSeeLeaderboard", false)));
        assertEquals(
                List.of("lior"),
                ok(rep, "leaderboard", Map.of("teamId", COACHING_TEAM))
                        .getList("data.team.leaderboard.rep.id"));
        ok(admin, "settings", Map.of("input", Map.of("repsSeeLeaderboard", true)));
        List<String> all = ok(rep, "leaderboard", Map.of("teamId", COACHING_TEAM))
                .getList("data.team.leaderboard.rep.id");
        assertTrue(all.containsAll(List.of("lior", "noam")), "the whole team: " + all);
    }

    /**
     * An admin erases a person while scoring-service is down: journal's part is done at once,
     * scoring's waits in the outbox and completes when it returns; nothing of the person is left.
     */
    @Test
    @Order(11)
    void erasureCompletesThroughTheOutboxWhenScoringReturns() throws Exception {
        String admin = coachingToken("adi", "admin");
        String coach = coachingToken("gal", "coach");
        String rep = coachingToken("eve", "rep");
        String id = logAs(
                rep,
                "The customer never listens, there is nothing anyone could have done.",
                Instant.now().minus(1, ChronoUnit.HOURS));
        awaitReading(rep, id);
        assertEquals(1, scoreFactRowsOf("eve"));

        platform.launcher("stop", "scoring");
        JsonPath erasure;
        try {
            erasure = ok(
                    admin,
                    "erase",
                    Map.of(
                            "personId",
                            "eve",
                            "reason",
                            "left the company, asked for erasure"));
            assertEquals("PENDING", erasure.getString("data.erasePerson.state"));
            assertEquals(
                    "NOT_FOUND",
                    call(coach, "reading", Map.of("id", id)).getString("errors[0].extensions.code"),
                    "journal's part is done at once");
            JsonPath status = ok(admin, "erasure", Map.of("id", erasure.getString("data.erasePerson.id")));
            assertEquals(
                    "PENDING",
                    status.getString(
                            "data.erasure.steps.find { it.service == 'scoring-service' }.state"));
        } finally {
            platform.launcher("start", "scoring");
        }
        String erasureId = erasure.getString("data.erasePerson.id");
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> "DONE"
                                .equals(
                                        ok(admin, "erasure", Map.of("id", erasureId))
                                                .getString("data.erasure.state")));
        assertEquals(0, scoreFactRowsOf("eve"));
        assertEquals(
                "FORBIDDEN",
                call(coach, "erase", Map.of("personId", "lior", "reason", "coach cannot"))
                        .getString("errors[0].extensions.code"));
    }

    /**
     * Retention deletes a tenant's old encounters in journal and, through the outbox, in scoring.
     */
    @Test
    @Order(12)
    void retentionDeletesOldEncountersEverywhere() throws Exception {
        String admin = coachingToken("adi", "admin");
        String rep = coachingToken("ron", "rep");
        String old = logAs(
                rep,
                "Prices went up again and the buyer walked, nothing I could do.",
                Instant.now().minus(200, ChronoUnit.DAYS));
        String recent = logAs(
                rep,
                "I missed the follow-up, I'll call her tomorrow morning.",
                Instant.now().minus(1, ChronoUnit.DAYS));
        awaitReading(rep, old);
        awaitReading(rep, recent);

        ok(admin, "settings", Map.of("input", Map.of("retentionMonths", 3)));
        assertEquals(1, ok(admin, "retention", Map.of()).getInt("data.runRetention"));
        assertEquals(
                "NOT_FOUND",
                call(rep, "reading", Map.of("id", old)).getString("errors[0].extensions.code"));
        assertNotNull(ok(rep, "reading", Map.of("id", recent)).get("data.encounter.reading"));
        await().atMost(Duration.ofSeconds(60)).until(() -> scoreFactRows(old) == 0);
        assertEquals(1, scoreFactRows(recent));
        ok(admin, "settings", Map.of("input", Map.of("clearRetention", true)));

        // the rep's own data, and nobody else's
        String export = ok(rep, "myData", Map.of()).getString("data.myDataExport");
        assertTrue(export.contains(recent), "the export holds the rep's encounter");
        assertTrue(!export.contains(old), "an encounter retention deleted is gone from the export");
        assertTrue(!export.contains("\"lior\""), "another rep's data is not in the export");
    }

    private static int scoreFactRowsOf(String repId) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + platform.pgPort + "/scoring";
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
                PreparedStatement count = db.prepareStatement(
                        "select count(*) from score_fact where tenant_id = ? and rep_id = ?")) {
            count.setString(1, COACHING_TENANT);
            count.setString(2, repId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
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
        try (PreparedStatement fact = db.prepareStatement(
                """
                        INSERT INTO score_fact (tenant_id, encounter_id, revision, rep_id, rep_name, team_id, customer_id,
                            occurred_at, archetype, outcome, follow_up_set, reflection, language, stance, ownership_score,
                            blame_targets, analysis, analyzer_version, scored_at, released)
                        VALUES (?, ?, 1, ?, ?, 'ind-team', ?, ?, ?, ?, ?, 'chosen for the test', 'EN', ?, ?,
                                coalesce(string_to_array(nullif(?, ''), ','), '{}'), '{}'::jsonb, 'fixture-1.0.0', now(), true)
                        """);
                PreparedStatement member = db.prepareStatement(
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
        JsonPath answer = graphQl.post(repToken, "logEncounter", Map.of("input", input))
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
                PreparedStatement count = db.prepareStatement(
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
