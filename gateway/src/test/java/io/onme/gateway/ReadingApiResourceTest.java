package io.onme.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.gateway.fakes.Fakes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Readings over real HTTP with real tokens against the fake scoring-service: the rep sees first and
 * disputes, the coach reviews a released reading, every refusal of the service arrives with its
 * code, and the checks the gateway makes itself call no service.
 */
@QuarkusTest
class ReadingApiResourceTest {

    private static final String READING = "reading { stance blameTargets ownershipScore state machineStance machineBlameTargets"
            + " confidence seenByRepAt releasedToCoaches disputeNote disputedAt reviewedAt"
            + " reviewNote reviewedBy { id displayName } }";

    private static final String SEEN = "mutation($id: ID!) { markReadingSeen(encounterId: $id) { state seenByRepAt"
            + " releasedToCoaches } }";

    private static final String DISPUTE = "mutation($id: ID!, $note: String!) { disputeReading(encounterId: $id, note: $note) {"
            + " state disputeNote releasedToCoaches } }";

    private static final String REVIEW = "mutation($id: ID!, $input: ReviewInput!) { reviewReading(encounterId: $id, input:"
            + " $input) { stance blameTargets ownershipScore state machineStance reviewNote"
            + " reviewedBy { id displayName } history { action actorId stance blameTargets"
            + " note at } } }";

    private String tenant;
    private String rep;
    private String coach;
    private String otherCoach;
    private String admin;

    @BeforeEach
    void tokens() {
        tenant = "t-read-" + UUID.randomUUID().toString().substring(0, 8);
        rep = TestTokens.rep(tenant, "dana", "north");
        coach = TestTokens.coach(tenant, "avi", "north");
        otherCoach = TestTokens.coach(tenant, "gil", "south");
        admin = TestTokens.admin(tenant, "ruth");
    }

    @Test
    void theRepSeesTheirReadingFirstAndTheCoachGetsItWithheldUntilThen() {
        String id = Fakes.resetAndSeed(tenant, "dana", "north", 1, false).get(0);
        String query = "query($id: ID!) { encounter(id: $id) { readingWithheld analysis { stance } "
                + READING
                + " } }";

        JsonPath asCoach = GraphQL.answered(coach, document(query, id));
        assertTrue(asCoach.getBoolean("data.encounter.readingWithheld"));
        assertNull(asCoach.get("data.encounter.analysis"));
        assertNull(asCoach.get("data.encounter.reading"));

        JsonPath asRep = GraphQL.answered(rep, document(query, id));
        assertFalse(asRep.getBoolean("data.encounter.readingWithheld"));
        assertEquals("BLAME", asRep.getString("data.encounter.reading.stance"));
        assertEquals(List.of("PRICE"), asRep.getList("data.encounter.reading.blameTargets"));
        assertEquals("UNREVIEWED", asRep.getString("data.encounter.reading.state"));
        assertEquals("BLAME", asRep.getString("data.encounter.reading.machineStance"));
        assertEquals(20, asRep.getInt("data.encounter.reading.ownershipScore"));
        assertFalse(asRep.getBoolean("data.encounter.reading.releasedToCoaches"));
        assertNull(asRep.get("data.encounter.reading.reviewedBy"));

        Fakes.reset();
        JsonPath seen = GraphQL.execute(rep, SEEN, "id", id);
        assertNull(seen.getList("errors"), seen::prettify);
        assertNotNull(seen.getString("data.markReadingSeen.seenByRepAt"));
        assertTrue(seen.getBoolean("data.markReadingSeen.releasedToCoaches"));
        assertEquals(1, Fakes.calls("scoring").size());
        assertEquals("/readings/" + id + "/seen", Fakes.calls("scoring").get(0).path());

        JsonPath released = GraphQL.answered(coach, document(query, id));
        assertFalse(released.getBoolean("data.encounter.readingWithheld"));
        assertEquals("BLAME", released.getString("data.encounter.analysis.stance"));
        assertEquals("BLAME", released.getString("data.encounter.reading.stance"));
    }

    @Test
    void scoringDownCostsTheReadingNotTheEncounter() {
        String id = Fakes.resetAndSeed(tenant, "dana", "north", 1).get(0);
        Fakes.stop("scoring");
        try {
            JsonPath answer = GraphQL.execute(
                    rep,
                    "query($id: ID!) { encounter(id: $id) { id readingWithheld reading {"
                            + " state } } }",
                    "id",
                    id);
            assertEquals(id, answer.getString("data.encounter.id"));
            assertNull(answer.get("data.encounter.reading"));
            assertFalse(answer.getBoolean("data.encounter.readingWithheld"));
            assertCode(answer, "UNAVAILABLE");
            assertEquals(List.of("encounter", "reading"), answer.getList("errors[0].path"));
        } finally {
            Fakes.start("scoring");
        }
    }

    @Test
    void aPageOfReadingsCostsOneScoringCall() {
        Fakes.resetAndSeed(tenant, "dana", "north", 7);
        JsonPath page = GraphQL.answered(
                coach,
                "{ encounters(first: 7) { edges { node { id readingWithheld analysis {"
                        + " stance } "
                        + READING
                        + " suggestedPlaybooks { id } } } } }");
        assertEquals(7, page.getList("data.encounters.edges").size());
        assertEquals(
                7,
                page.getList("data.encounters.edges.node.reading.state").stream()
                        .filter("UNREVIEWED"::equals)
                        .count());
        List<Fakes.Call> scoring = Fakes.calls("scoring");
        assertEquals(1, scoring.size(), scoring.toString());
        assertEquals("/scores/batch", scoring.get(0).path());
        assertEquals(7, scoring.get(0).query().split("encounterId=", -1).length - 1);
    }

    @Test
    void aReadingOnlyPageIsPrefetchedAndHistoryIsAskedForOnlyWhenSelected() {
        Fakes.resetAndSeed(tenant, "dana", "north", 3);
        GraphQL.answered(rep, "{ encounters(first: 3) { edges { node { reading { state } } } } }");
        assertEquals(
                List.of("/scores/batch"),
                Fakes.calls("scoring").stream().map(Fakes.Call::path).toList());

        Fakes.reset();
        JsonPath withHistory = GraphQL.answered(
                rep,
                "{ encounters(first: 3) { edges { node { reading { history { action } }"
                        + " } } } }");
        assertEquals(3, withHistory.getList("data.encounters.edges").size());
        List<String> paths = Fakes.calls("scoring").stream().map(Fakes.Call::path).toList();
        assertEquals(1, paths.stream().filter("/scores/batch"::equals).count(), paths.toString());
        assertEquals(3, paths.stream().filter(path -> path.endsWith("/history")).count());
    }

    @Test
    void theRepDisputesOnceAndTheCoachCorrectsWithANote() {
        String id = Fakes.resetAndSeed(tenant, "dana", "north", 1, false).get(0);

        JsonPath disputed = GraphQL.execute(rep, DISPUTE, "id", id, "note", "I blamed nobody");
        assertNull(disputed.getList("errors"), disputed::prettify);
        assertEquals("DISPUTED", disputed.getString("data.disputeReading.state"));
        assertEquals("I blamed nobody", disputed.getString("data.disputeReading.disputeNote"));
        assertTrue(disputed.getBoolean("data.disputeReading.releasedToCoaches"));

        JsonPath again = GraphQL.execute(rep, DISPUTE, "id", id, "note", "again");
        assertCode(again, "CONFLICT");

        // correcting a disputed reading needs a note: the service's 400 names the field
        JsonPath noNote = GraphQL.execute(
                coach,
                REVIEW,
                "id",
                id,
                "input",
                Map.of("decision", "CORRECT", "stance", "OWNERSHIP"));
        assertCode(noNote, "BAD_USER_INPUT");
        assertEquals("note", noNote.getString("errors[0].extensions.field"));

        JsonPath corrected = GraphQL.execute(
                coach,
                REVIEW,
                "id",
                id,
                "input",
                Map.of(
                        "decision",
                        "CORRECT",
                        "stance",
                        "OWNERSHIP",
                        "note",
                        "You took it on yourself"));
        assertNull(corrected.getList("errors"), corrected::prettify);
        assertEquals("CORRECTED", corrected.getString("data.reviewReading.state"));
        assertEquals("OWNERSHIP", corrected.getString("data.reviewReading.stance"));
        assertEquals(List.of(), corrected.getList("data.reviewReading.blameTargets"));
        assertEquals("BLAME", corrected.getString("data.reviewReading.machineStance"));
        assertEquals(80, corrected.getInt("data.reviewReading.ownershipScore"));
        assertEquals("avi", corrected.getString("data.reviewReading.reviewedBy.id"));
        assertEquals("avi", corrected.getString("data.reviewReading.reviewedBy.displayName"));
        assertEquals(
                List.of("DISPUTED", "CORRECTED"),
                corrected.getList("data.reviewReading.history.action"));
        assertEquals(
                List.of("dana", "avi"), corrected.getList("data.reviewReading.history.actorId"));
        assertEquals("OWNERSHIP", corrected.getString("data.reviewReading.history[1].stance"));

        // the rep reads the corrected reading and its history; the reviewer is not named to them
        JsonPath seenByRep = GraphQL.answered(
                rep,
                document(
                        "query($id: ID!) { encounter(id: $id) { analysis { stance }"
                                + " reading { state stance reviewedBy { id displayName }"
                                + " history { action note } } } }",
                        id));
        assertEquals("BLAME", seenByRep.getString("data.encounter.analysis.stance"));
        assertEquals("CORRECTED", seenByRep.getString("data.encounter.reading.state"));
        assertEquals("avi", seenByRep.getString("data.encounter.reading.reviewedBy.id"));
        assertNull(seenByRep.get("data.encounter.reading.reviewedBy.displayName"));
        assertEquals(
                "You took it on yourself",
                seenByRep.getString("data.encounter.reading.history[1].note"));

        assertCode(
                GraphQL.execute(coach, REVIEW, "id", id, "input", Map.of("decision", "CONFIRM")),
                "CONFLICT");
    }

    @Test
    void aCoachConfirmsAReleasedReadingButNotOneTheRepHasNotSeen() {
        List<String> ids = Fakes.resetAndSeed(tenant, "dana", "north", 2, false);
        JsonPath early = GraphQL.execute(
                coach, REVIEW, "id", ids.get(0), "input", Map.of("decision", "CONFIRM"));
        assertCode(early, "CONFLICT");

        GraphQL.execute(rep, SEEN, "id", ids.get(0));
        JsonPath confirmed = GraphQL.execute(
                admin, REVIEW, "id", ids.get(0), "input", Map.of("decision", "CONFIRM"));
        assertNull(confirmed.getList("errors"), confirmed::prettify);
        assertEquals("CONFIRMED", confirmed.getString("data.reviewReading.state"));
        assertEquals("BLAME", confirmed.getString("data.reviewReading.stance"));
        assertEquals("ruth", confirmed.getString("data.reviewReading.reviewedBy.id"));
        assertEquals(List.of("CONFIRMED"), confirmed.getList("data.reviewReading.history.action"));
    }

    @Test
    void refusalsOfTheServiceArriveWithTheirCodes() {
        String id = Fakes.resetAndSeed(tenant, "dana", "north", 1).get(0);

        // a coach marking a rep's reading seen or disputing it: the service's 403
        assertCode(GraphQL.execute(coach, SEEN, "id", id), "FORBIDDEN");
        assertCode(GraphQL.execute(coach, DISPUTE, "id", id, "note", "not mine"), "FORBIDDEN");
        // a coach of another team reviewing
        assertCode(
                GraphQL.execute(
                        otherCoach, REVIEW, "id", id, "input", Map.of("decision", "CONFIRM")),
                "FORBIDDEN");
        // a rep of another team reading the history
        String stranger = TestTokens.rep(tenant, "moshe", "south");
        JsonPath history = GraphQL.execute(
                stranger,
                "query($id: ID!) { encounter(id: $id) { reading { history { action } } }"
                        + " }",
                "id",
                id);
        assertCode(history, "FORBIDDEN");
        assertEquals(List.of("encounter", "reading", "history"), history.getList("errors[0].path"));
        // an encounter that does not exist
        assertCode(GraphQL.execute(rep, SEEN, "id", "enc-none"), "NOT_FOUND");
        // scoring down
        Fakes.stop("scoring");
        try {
            assertCode(GraphQL.execute(rep, SEEN, "id", id), "UNAVAILABLE");
        } finally {
            Fakes.start("scoring");
        }
    }

    @Test
    void anotherTenantCanNeitherReadNorWriteTheReadings() {
        String id = Fakes.resetAndSeed(tenant, "dana", "north", 1).get(0);
        String otherTenant = tenant + "-b";
        String theirRep = TestTokens.rep(otherTenant, "dana", "north");
        String theirCoach = TestTokens.coach(otherTenant, "avi", "north");
        String theirAdmin = TestTokens.admin(otherTenant, "ruth");

        assertCode(GraphQL.execute(theirRep, SEEN, "id", id), "NOT_FOUND");
        assertCode(GraphQL.execute(theirRep, DISPUTE, "id", id, "note", "mine?"), "NOT_FOUND");
        assertCode(
                GraphQL.execute(
                        theirCoach, REVIEW, "id", id, "input", Map.of("decision", "CONFIRM")),
                "NOT_FOUND");
        assertCode(
                GraphQL.execute(
                        theirAdmin,
                        REVIEW,
                        "id",
                        id,
                        "input",
                        Map.of("decision", "CORRECT", "stance", "OWNERSHIP", "note", "x")),
                "NOT_FOUND");
        JsonPath queue = GraphQL.answered(
                theirAdmin, "{ reviewQueue { totalCount edges { node { reason } } } }");
        assertEquals(0, queue.getInt("data.reviewQueue.totalCount"));

        // and nothing changed for tenant A
        JsonPath mine = GraphQL.answered(
                rep,
                document(
                        "query($id: ID!) { encounter(id: $id) { reading { state"
                                + " seenByRepAt } } }",
                        id));
        assertEquals("UNREVIEWED", mine.getString("data.encounter.reading.state"));
        assertNull(mine.get("data.encounter.reading.seenByRepAt"));
    }

    @Test
    void inputTheServiceWouldRefuseIsRefusedWithoutACall() {
        String id = Fakes.resetAndSeed(tenant, "dana", "north", 1).get(0);
        assertRefusedWithoutCall(
                GraphQL.execute(rep, DISPUTE, "id", id, "note", "  "), "BAD_USER_INPUT", "note");
        assertRefusedWithoutCall(
                GraphQL.execute(rep, DISPUTE, "id", id, "note", "x".repeat(501)),
                "BAD_USER_INPUT",
                "note");
        assertRefusedWithoutCall(
                GraphQL.execute(coach, REVIEW, "id", id, "input", Map.of("decision", "CORRECT")),
                "BAD_USER_INPUT",
                "input.stance");
        assertRefusedWithoutCall(
                GraphQL.execute(
                        coach,
                        REVIEW,
                        "id",
                        id,
                        "input",
                        Map.of("decision", "CORRECT", "stance", "BLAME")),
                "BAD_USER_INPUT",
                "input.blameTargets");
        assertRefusedWithoutCall(
                GraphQL.execute(
                        coach,
                        REVIEW,
                        "id",
                        id,
                        "input",
                        Map.of(
                                "decision",
                                "CORRECT",
                                "stance",
                                "HELPLESS",
                                "blameTargets",
                                List.of("PRICE"))),
                "BAD_USER_INPUT",
                "input.blameTargets");
        assertRefusedWithoutCall(
                GraphQL.execute(
                        coach,
                        REVIEW,
                        "id",
                        id,
                        "input",
                        Map.of("decision", "CONFIRM", "stance", "OWNERSHIP")),
                "BAD_USER_INPUT",
                "input.stance");
        assertRefusedWithoutCall(
                GraphQL.execute(
                        coach,
                        REVIEW,
                        "id",
                        id,
                        "input",
                        Map.of("decision", "CONFIRM", "note", "n".repeat(501))),
                "BAD_USER_INPUT",
                "input.note");
        // a rep never reviews: refused before scoring-service is asked
        assertRefusedWithoutCall(
                GraphQL.execute(rep, REVIEW, "id", id, "input", Map.of("decision", "CONFIRM")),
                "FORBIDDEN",
                null);
    }

    @Test
    void aCorrectionWithBlameTargetsIsSentAsGiven() {
        String id = Fakes.resetAndSeed(tenant, "dana", "north", 1).get(0);
        JsonPath corrected = GraphQL.execute(
                coach,
                REVIEW,
                "id",
                id,
                "input",
                Map.of(
                        "decision",
                        "CORRECT",
                        "stance",
                        "MIXED",
                        "blameTargets",
                        List.of("CUSTOMER", "CUSTOMER", "MARKET")));
        assertNull(corrected.getList("errors"), corrected::prettify);
        assertEquals(
                List.of("CUSTOMER", "MARKET"),
                corrected.getList("data.reviewReading.blameTargets"));
        String body = Fakes.calls("scoring").get(0).body();
        assertTrue(body.contains("\"decision\":\"CORRECT\""), body);
        assertTrue(body.contains("\"blameTargets\":[\"CUSTOMER\",\"MARKET\"]"), body);
    }

    @Test
    void suggestionsFollowTheReadingThatCountsNotTheMachine() {
        // the seeded encounter is SKEPTICAL with a reflection the machine reads as blame on price
        String id = Fakes.resetAndSeed(tenant, "dana", "north", 1).get(0);
        String query = "query($id: ID!) { encounter(id: $id) { analysis { stance blameTargets }"
                + " suggestedPlaybooks { id } } }";
        JsonPath before = GraphQL.answered(rep, document(query, id));
        assertEquals(
                List.of("pb-PRICE_FOCUSED-HE", "pb-SKEPTICAL-HE"),
                before.getList("data.encounter.suggestedPlaybooks.id"));

        JsonPath corrected = GraphQL.execute(
                coach,
                REVIEW,
                "id",
                id,
                "input",
                Map.of(
                        "decision",
                        "CORRECT",
                        "stance",
                        "BLAME",
                        "blameTargets",
                        List.of("CUSTOMER")));
        assertNull(corrected.getList("errors"), corrected::prettify);

        Fakes.reset();
        JsonPath after = GraphQL.answered(rep, document(query, id));
        assertEquals(List.of("PRICE"), after.getList("data.encounter.analysis.blameTargets"));
        assertEquals(
                List.of("pb-NOT_LISTENING-HE", "pb-SKEPTICAL-HE"),
                after.getList("data.encounter.suggestedPlaybooks.id"));
        String suggestions = Fakes.calls("playbook").get(0).body();
        assertTrue(suggestions.contains("\"blameTargets\":[\"CUSTOMER\"]"), suggestions);
        assertEquals(1, Fakes.calls("scoring").size());
    }

    @Test
    void theReviewQueueListsDisputesFirstWithTheirEncountersInOneJournalCall() {
        Fakes.reset();
        // three released readings: one disputed, two the toy analyser is unsure of, one it is sure
        // of
        List<String> sure = Fakes.seed(tenant, "dana", "north", 1);
        String unsureOld = log("Maybe the customer was not ready", "2026-11-01T09:00:00Z");
        String unsureNew = log("Maybe I should have called", "2026-11-02T09:00:00Z");
        String disputed = log("Maybe the price, maybe me", "2026-11-03T09:00:00Z");
        for (String id : List.of(unsureOld, unsureNew, disputed)) {
            GraphQL.execute(rep, SEEN, "id", id);
        }
        GraphQL.execute(rep, DISPUTE, "id", disputed, "note", "It was my call");
        Fakes.reset();

        String query = "query($first: Int, $after: String) { reviewQueue(first: $first, after: $after) {"
                + " totalCount pageInfo { hasNextPage endCursor } edges { cursor node {"
                + " reason confidence encounter { id reflection rep { id } readingWithheld"
                + " reading { state disputeNote } } } } } }";
        JsonPath queue = GraphQL.execute(coach, query, "first", 2);
        assertNull(queue.getList("errors"), queue::prettify);
        assertEquals(3, queue.getInt("data.reviewQueue.totalCount"));
        assertEquals(
                List.of(disputed, unsureOld),
                queue.getList("data.reviewQueue.edges.node.encounter.id"));
        assertEquals(
                List.of("DISPUTED", "LOW_CONFIDENCE"),
                queue.getList("data.reviewQueue.edges.node.reason"));
        assertEquals(
                "It was my call",
                queue.getString("data.reviewQueue.edges[0].node.encounter.reading.disputeNote"));
        assertTrue(queue.getBoolean("data.reviewQueue.pageInfo.hasNextPage"));
        assertFalse(sure.contains(queue.getString("data.reviewQueue.edges[1].node.encounter.id")));
        List<Fakes.Call> journal = Fakes.calls("journal");
        assertEquals(1, journal.size(), journal.toString());
        assertEquals("/encounters/batch", journal.get(0).path());
        assertEquals(
                List.of("/readings/review-queue", "/scores/batch"),
                Fakes.calls("scoring").stream().map(Fakes.Call::path).toList());

        JsonPath next = GraphQL.execute(
                coach,
                query,
                "first",
                2,
                "after",
                queue.getString("data.reviewQueue.pageInfo.endCursor"));
        assertNull(next.getList("errors"), next::prettify);
        assertEquals(List.of(unsureNew), next.getList("data.reviewQueue.edges.node.encounter.id"));
        assertFalse(next.getBoolean("data.reviewQueue.pageInfo.hasNextPage"));

        // counting the queue needs no journal call
        Fakes.reset();
        JsonPath count = GraphQL.answered(coach, "{ reviewQueue(teamId: \"north\") { totalCount } }");
        assertEquals(3, count.getInt("data.reviewQueue.totalCount"));
        assertEquals(List.of(), Fakes.calls("journal"));
        String asked = Fakes.calls("scoring").get(0).query();
        assertTrue(asked.contains("teamId=north"), asked);

        // a coach of another team sees none of it
        assertEquals(
                0,
                GraphQL.answered(otherCoach, "{ reviewQueue { totalCount } }")
                        .getInt("data.reviewQueue.totalCount"));
    }

    @Test
    void theReviewQueueIsForCoachesOfTheirOwnTeams() {
        Fakes.reset();
        assertRefusedWithoutCall(
                GraphQL.execute(rep, "{ reviewQueue { totalCount } }"), "FORBIDDEN", null);
        assertRefusedWithoutCall(
                GraphQL.execute(coach, "{ reviewQueue(teamId: \"south\") { totalCount } }"),
                "FORBIDDEN",
                null);
        assertRefusedWithoutCall(
                GraphQL.execute(coach, "{ reviewQueue(first: 0) { totalCount } }"),
                "BAD_USER_INPUT",
                "first");
        // a cursor scoring-service did not hand out is its 400 on after
        JsonPath foreign = GraphQL.execute(coach, "{ reviewQueue(after: \"nonsense\") { totalCount } }");
        assertCode(foreign, "BAD_USER_INPUT");
        assertEquals("after", foreign.getString("errors[0].extensions.field"));
        JsonPath adminQueue = GraphQL.execute(admin, "{ reviewQueue(teamId: \"south\") { totalCount } }");
        assertNull(adminQueue.getList("errors"), adminQueue::prettify);
    }

    @Test
    void theAnalyserAgreementIsForAdmins() {
        List<String> ids = Fakes.resetAndSeed(tenant, "dana", "north", 3);
        GraphQL.execute(
                coach,
                REVIEW,
                "id",
                ids.get(0),
                "input",
                Map.of("decision", "CORRECT", "stance", "OWNERSHIP"));
        GraphQL.execute(coach, REVIEW, "id", ids.get(1), "input", Map.of("decision", "CONFIRM"));
        Fakes.reset();

        JsonPath agreement = GraphQL.answered(
                admin,
                "{ analyserAgreement(window: LAST_30_DAYS) { language readings disputed"
                        + " confirmed corrected disputedShare confirmedShare correctedShare"
                        + " confusion { machine human count } trend { periodStart readings"
                        + " corrected } } }");
        List<Map<String, Object>> languages = agreement.getList("data.analyserAgreement");
        assertEquals(2, languages.size(), agreement.prettify());
        String hebrew = "data.analyserAgreement.find { it.language == 'HE' }.";
        assertEquals(1, agreement.getInt(hebrew + "readings"));
        assertEquals(1, agreement.getInt(hebrew + "corrected"));
        assertEquals(1.0, agreement.getDouble(hebrew + "correctedShare"));
        assertEquals("BLAME", agreement.getString(hebrew + "confusion[0].machine"));
        assertEquals("OWNERSHIP", agreement.getString(hebrew + "confusion[0].human"));
        assertEquals(1, agreement.getInt(hebrew + "trend[0].corrected"));
        String english = "data.analyserAgreement.find { it.language == 'EN' }.";
        assertEquals(2, agreement.getInt(english + "readings"));
        assertEquals(1, agreement.getInt(english + "confirmed"));
        assertEquals(
                "window=LAST_30_DAYS", Fakes.calls("scoring").get(0).query(), "the window passed");

        Fakes.reset();
        assertRefusedWithoutCall(
                GraphQL.execute(coach, "{ analyserAgreement { readings } }"), "FORBIDDEN", null);
        assertRefusedWithoutCall(
                GraphQL.execute(rep, "{ analyserAgreement { readings } }"), "FORBIDDEN", null);
    }

    @Test
    void correctionsAreExportedOnlyWithTheTenantsConsent() {
        String id = Fakes.resetAndSeed(tenant, "dana", "north", 1).get(0);
        GraphQL.execute(
                coach,
                REVIEW,
                "id",
                id,
                "input",
                Map.of(
                        "decision",
                        "CORRECT",
                        "stance",
                        "BLAME",
                        "blameTargets",
                        List.of("MARKET")));

        JsonPath refused = GraphQL.execute(admin, "{ correctionsExport }");
        assertCode(refused, "FORBIDDEN");
        assertTrue(
                refused.getString("errors[0].message").contains("trainingConsent"),
                refused.prettify());

        JsonPath consent = GraphQL.execute(
                admin,
                "mutation { updateTenantSettings(input: { trainingConsent: true }) {"
                        + " trainingConsent } }");
        assertNull(consent.getList("errors"), consent::prettify);

        JsonPath export = GraphQL.answered(admin, "{ correctionsExport }");
        String[] lines = export.getString("data.correctionsExport").split("\n");
        assertEquals(1, lines.length);
        JsonPath line = new JsonPath(lines[0]);
        assertEquals(id, line.getString("id"));
        assertEquals("BLAME", line.getString("stance"));
        assertEquals(List.of("MARKET"), line.getList("blameTargets"));
        assertEquals(List.of("PRICE"), line.getList("machineBlameTargets"));
        assertEquals("production", line.getString("register"));
        assertFalse(lines[0].contains("dana"), "the writer is a pseudonym, never the rep's id");

        Fakes.reset();
        assertRefusedWithoutCall(
                GraphQL.execute(coach, "{ correctionsExport }"), "FORBIDDEN", null);
    }

    // ------------------------------------------------------------ helpers

    private String log(String reflection, String occurredAt) {
        JsonPath logged = GraphQL.execute(
                rep,
                "mutation($input: LogEncounterInput!) { logEncounter(input: $input) { id"
                        + " } }",
                "input",
                Map.of(
                        "customer",
                        Map.of("name", "Acme"),
                        "occurredAt",
                        occurredAt,
                        "outcome",
                        "LOST",
                        "reflection",
                        reflection,
                        "teamId",
                        "north"));
        assertNull(logged.getList("errors"), logged::prettify);
        return logged.getString("data.logEncounter.id");
    }

    private static String document(String query, String id) {
        return query.replace("$id: ID!", "").replace("()", "").replace("$id", "\"" + id + "\"");
    }

    static void assertCode(JsonPath answer, String code) {
        assertNotNull(answer.getList("errors"), answer.prettify());
        assertEquals(code, answer.getString("errors[0].extensions.code"), answer.prettify());
    }

    static void assertRefusedWithoutCall(JsonPath answer, String code, String field) {
        assertCode(answer, code);
        if (field != null) {
            assertEquals(field, answer.getString("errors[0].extensions.field"), answer.prettify());
        }
        assertEquals(List.of(), Fakes.calls(), "no service asked");
    }
}
