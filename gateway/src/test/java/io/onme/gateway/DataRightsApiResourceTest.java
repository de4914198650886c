package io.onme.gateway;

import static io.onme.gateway.ReadingApiResourceTest.assertCode;
import static io.onme.gateway.ReadingApiResourceTest.assertRefusedWithoutCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.gateway.fakes.Fakes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Tenant settings (scoring's and journal's as one), erasure, retention and the caller's data export
 * over real HTTP with real tokens against the fake services.
 */
@QuarkusTest
class DataRightsApiResourceTest {

    private static final String SETTINGS = "coachVisibility coachDelayHours repsSeeLeaderboard reviewConfidenceBelow"
            + " trainingConsent retentionMonths";

    private static final String UPDATE = "mutation($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { "
            + SETTINGS
            + " } }";

    private static final String ERASE = "mutation($person: ID!, $reason: String!) { erasePerson(personId: $person, reason:"
            + " $reason) { id personId reason requestedBy requestedAt state completedAt"
            + " steps { service state completedAt attempts lastError } } }";

    private String tenant;
    private String rep;
    private String coach;
    private String admin;

    @BeforeEach
    void tokens() {
        tenant = "t-rights-" + UUID.randomUUID().toString().substring(0, 8);
        rep = TestTokens.rep(tenant, "dana", "north");
        coach = TestTokens.coach(tenant, "avi", "north");
        admin = TestTokens.admin(tenant, "ruth");
        Fakes.reset();
    }

    @Test
    void tenantSettingsMergeScoringsAndJournalsParts() {
        JsonPath settings = GraphQL.answered(admin, "{ tenantSettings { " + SETTINGS + " } }");
        assertEquals("AFTER_REP_SEEN", settings.getString("data.tenantSettings.coachVisibility"));
        assertEquals(48, settings.getInt("data.tenantSettings.coachDelayHours"));
        assertFalse(settings.getBoolean("data.tenantSettings.repsSeeLeaderboard"));
        assertEquals(0.6, settings.getDouble("data.tenantSettings.reviewConfidenceBelow"), 1e-9);
        assertFalse(settings.getBoolean("data.tenantSettings.trainingConsent"));
        assertNull(settings.get("data.tenantSettings.retentionMonths"));
        assertEquals(
                List.of("/readings/settings"),
                Fakes.calls("scoring").stream().map(Fakes.Call::path).toList());
        assertEquals(
                List.of("/settings/retention"),
                Fakes.calls("journal").stream().map(Fakes.Call::path).toList());

        // without retentionMonths selected, journal-service is not asked
        Fakes.reset();
        GraphQL.answered(admin, "{ tenantSettings { coachVisibility } }");
        assertEquals(List.of(), Fakes.calls("journal"));
    }

    @Test
    void journalDownCostsOnlyTheRetentionField() {
        Fakes.stop("journal");
        try {
            JsonPath settings = GraphQL.execute(
                    admin, "{ tenantSettings { coachVisibility retentionMonths } }");
            assertEquals(
                    "AFTER_REP_SEEN", settings.getString("data.tenantSettings.coachVisibility"));
            assertNull(settings.get("data.tenantSettings.retentionMonths"));
            assertCode(settings, "UNAVAILABLE");
            assertEquals(
                    List.of("tenantSettings", "retentionMonths"),
                    settings.getList("errors[0].path"));
        } finally {
            Fakes.start("journal");
        }
    }

    @Test
    void updatingChangesOnlyWhatIsGivenInEachService() {
        JsonPath updated = GraphQL.execute(
                admin,
                UPDATE,
                "input",
                Map.of("coachVisibility", "AFTER_DELAY", "coachDelayHours", 24));
        assertNull(updated.getList("errors"), updated::prettify);
        assertEquals("AFTER_DELAY", updated.getString("data.updateTenantSettings.coachVisibility"));
        assertEquals(24, updated.getInt("data.updateTenantSettings.coachDelayHours"));
        assertEquals(
                0.6, updated.getDouble("data.updateTenantSettings.reviewConfidenceBelow"), 1e-9);
        // scoring-service's PUT takes the fields given, null leaving the others as they are
        List<Fakes.Call> scoring = Fakes.calls("scoring");
        assertEquals(List.of("PUT"), scoring.stream().map(Fakes.Call::method).toList());
        String body = scoring.get(0).body();
        assertTrue(body.contains("\"coachVisibility\":\"AFTER_DELAY\""), body);
        assertTrue(body.contains("\"coachDelayHours\":24"), body);
        assertTrue(body.contains("\"reviewConfidenceBelow\":null"), body);
        // retention not given: journal is only read (retentionMonths is selected), never written
        assertEquals(
                List.of("GET"), Fakes.calls("journal").stream().map(Fakes.Call::method).toList());

        Fakes.reset();
        JsonPath retention = GraphQL.execute(admin, UPDATE, "input", Map.of("retentionMonths", 24));
        assertNull(retention.getList("errors"), retention::prettify);
        assertEquals(24, retention.getInt("data.updateTenantSettings.retentionMonths"));
        assertEquals(
                "AFTER_DELAY", retention.getString("data.updateTenantSettings.coachVisibility"));
        assertEquals(
                List.of("PUT"), Fakes.calls("journal").stream().map(Fakes.Call::method).toList());
        assertEquals("{\"retentionMonths\":24}", Fakes.calls("journal").get(0).body());
        assertEquals(
                List.of("GET"), Fakes.calls("scoring").stream().map(Fakes.Call::method).toList());

        Fakes.reset();
        JsonPath cleared = GraphQL.execute(admin, UPDATE, "input", Map.of("clearRetention", true));
        assertNull(cleared.getList("errors"), cleared::prettify);
        assertNull(cleared.get("data.updateTenantSettings.retentionMonths"));
        assertEquals("{\"retentionMonths\":null}", Fakes.calls("journal").get(0).body());

        // another tenant's settings are its own
        JsonPath other = GraphQL.answered(
                TestTokens.admin(tenant + "-b", "ruth"),
                "{ tenantSettings { coachVisibility coachDelayHours } }");
        assertEquals("AFTER_REP_SEEN", other.getString("data.tenantSettings.coachVisibility"));
        assertEquals(48, other.getInt("data.tenantSettings.coachDelayHours"));
    }

    @Test
    void immediateVisibilityShowsCoachesEveryReading() {
        String id = Fakes.resetAndSeed(tenant, "dana", "north", 1, false).get(0);
        String query = "{ encounter(id: \"" + id + "\") { readingWithheld reading { state } } }";
        assertTrue(GraphQL.answered(coach, query).getBoolean("data.encounter.readingWithheld"));

        GraphQL.execute(admin, UPDATE, "input", Map.of("coachVisibility", "IMMEDIATE"));
        JsonPath released = GraphQL.answered(coach, query);
        assertFalse(released.getBoolean("data.encounter.readingWithheld"));
        assertEquals("UNREVIEWED", released.getString("data.encounter.reading.state"));
    }

    @Test
    void outOfRangeSettingsAreRefusedBeforeAnyCall() {
        for (var bad : List.of(
                Map.of("coachDelayHours", 0),
                Map.of("coachDelayHours", 721),
                Map.of("reviewConfidenceBelow", 1.5),
                Map.of("reviewConfidenceBelow", -0.1),
                Map.of("retentionMonths", 0),
                Map.of("retentionMonths", 121),
                Map.of("retentionMonths", 12, "clearRetention", true))) {
            Fakes.reset();
            String field = "input."
                    + (bad.size() == 2 ? "clearRetention" : bad.keySet().iterator().next());
            assertRefusedWithoutCall(
                    GraphQL.execute(admin, UPDATE, "input", bad), "BAD_USER_INPUT", field);
        }
    }

    @Test
    void settingsAreForAdmins() {
        for (String token : List.of(rep, coach)) {
            Fakes.reset();
            assertRefusedWithoutCall(
                    GraphQL.execute(token, "{ tenantSettings { coachVisibility } }"),
                    "FORBIDDEN",
                    null);
            assertRefusedWithoutCall(
                    GraphQL.execute(token, UPDATE, "input", Map.of("trainingConsent", true)),
                    "FORBIDDEN",
                    null);
        }
    }

    @Test
    void aServiceRefusingTheWriteIsReported() {
        Fakes.fail("scoring", 409);
        assertCode(
                GraphQL.execute(admin, UPDATE, "input", Map.of("trainingConsent", true)),
                "CONFLICT");
        Fakes.reset();
        Fakes.fail("journal", 403);
        JsonPath refused = GraphQL.execute(admin, UPDATE, "input", Map.of("retentionMonths", 6));
        assertCode(refused, "FORBIDDEN");
    }

    @Test
    void anAdminErasesAPersonAndTheRecordIsTheAudit() {
        Fakes.seed(tenant, "dana", "north", 2);
        List<String> kept = Fakes.seed(tenant, "moshe", "north", 1);
        String otherTenant = tenant + "-b";
        List<String> elsewhere = Fakes.seed(otherTenant, "dana", "north", 1);
        Fakes.reset();

        JsonPath erased = GraphQL.execute(admin, ERASE, "person", "dana", "reason", "Left the company");
        assertNull(erased.getList("errors"), erased::prettify);
        String id = erased.getString("data.erasePerson.id");
        assertEquals("dana", erased.getString("data.erasePerson.personId"));
        assertEquals("ruth", erased.getString("data.erasePerson.requestedBy"));
        assertEquals("PENDING", erased.getString("data.erasePerson.state"));
        assertNotNull(erased.getString("data.erasePerson.requestedAt"));
        assertEquals(
                List.of("scoring-service", "playbook-service"),
                erased.getList("data.erasePerson.steps.service"));
        assertEquals(List.of(0, 0), erased.getList("data.erasePerson.steps.attempts"));
        List<Fakes.Call> journal = Fakes.calls("journal");
        assertEquals(1, journal.size());
        assertEquals("/erasures", journal.get(0).path());
        assertEquals(
                "{\"personId\":\"dana\",\"reason\":\"Left the company\"}", journal.get(0).body());

        JsonPath later = GraphQL.answered(
                admin,
                "{ erasure(id: \""
                        + id
                        + "\") { state completedAt steps { state completedAt } } }");
        assertEquals("DONE", later.getString("data.erasure.state"));
        assertEquals(List.of("DONE", "DONE"), later.getList("data.erasure.steps.state"));

        // the person's encounters are gone, the others' and the other tenant's stay
        JsonPath left = GraphQL.answered(admin, "{ encounters { edges { node { id rep { id } } } } }");
        assertEquals(kept, left.getList("data.encounters.edges.node.id"));
        JsonPath theirs = GraphQL.answered(
                TestTokens.admin(otherTenant, "ruth"),
                "{ encounters { edges { node { id } } } }");
        assertEquals(elsewhere, theirs.getList("data.encounters.edges.node.id"));

        // the other tenant's admin cannot see the erasure
        JsonPath hidden = GraphQL.execute(
                TestTokens.admin(otherTenant, "ruth"),
                "{ erasure(id: \"" + id + "\") { id } }");
        assertNull(hidden.get("data.erasure"));
        assertCode(hidden, "NOT_FOUND");
        assertEquals(
                0,
                GraphQL.answered(TestTokens.admin(otherTenant, "ruth"), "{ erasures { id } }")
                        .getList("data.erasures")
                        .size());
    }

    @Test
    void erasuresAreListedNewestFirstUpToFirst() {
        String first = GraphQL.execute(admin, ERASE, "person", "p1", "reason", "asked")
                .getString("data.erasePerson.id");
        String second = GraphQL.execute(admin, ERASE, "person", "p2", "reason", "asked")
                .getString("data.erasePerson.id");
        JsonPath all = GraphQL.answered(admin, "{ erasures { id personId } }");
        assertEquals(List.of(second, first), all.getList("data.erasures.id"));
        JsonPath one = GraphQL.answered(admin, "{ erasures(first: 1) { id } }");
        assertEquals(List.of(second), one.getList("data.erasures.id"));
        Fakes.reset();
        assertRefusedWithoutCall(
                GraphQL.execute(admin, "{ erasures(first: 101) { id } }"),
                "BAD_USER_INPUT",
                "first");
    }

    @Test
    void erasureInputAndRolesAreCheckedFirst() {
        assertRefusedWithoutCall(
                GraphQL.execute(admin, ERASE, "person", "dana", "reason", " "),
                "BAD_USER_INPUT",
                "reason");
        assertRefusedWithoutCall(
                GraphQL.execute(admin, ERASE, "person", "dana", "reason", "r".repeat(501)),
                "BAD_USER_INPUT",
                "reason");
        assertRefusedWithoutCall(
                GraphQL.execute(admin, ERASE, "person", "", "reason", "asked"),
                "BAD_USER_INPUT",
                "personId");
        for (String token : List.of(rep, coach)) {
            assertRefusedWithoutCall(
                    GraphQL.execute(token, ERASE, "person", "dana", "reason", "asked"),
                    "FORBIDDEN",
                    null);
            assertRefusedWithoutCall(
                    GraphQL.execute(token, "{ erasures { id } }"), "FORBIDDEN", null);
            assertRefusedWithoutCall(
                    GraphQL.execute(token, "{ erasure(id: \"era-1\") { id } }"), "FORBIDDEN", null);
            assertRefusedWithoutCall(
                    GraphQL.execute(token, "mutation { runRetention }"), "FORBIDDEN", null);
        }
        // the service's own refusals
        Fakes.fail("journal", 409);
        assertCode(GraphQL.execute(admin, ERASE, "person", "dana", "reason", "asked"), "CONFLICT");
        Fakes.reset();
        assertCode(GraphQL.execute(admin, "{ erasure(id: \"era-none\") { id } }"), "NOT_FOUND");
    }

    @Test
    void retentionRunsForTheCallersTenantOnly() {
        // seeded encounters occurred in October 2026, over a month before these tests' clock
        List<String> old = Fakes.seed(tenant, "dana", "north", 3);
        List<String> elsewhere = Fakes.seed(tenant + "-b", "dana", "north", 2);
        Fakes.reset();
        assertEquals(
                0,
                GraphQL.answered(admin, "mutation { runRetention }").getInt("data.runRetention"));

        GraphQL.execute(admin, UPDATE, "input", Map.of("retentionMonths", 1));
        JsonPath run = GraphQL.answered(admin, "mutation { runRetention }");
        assertEquals(old.size(), run.getInt("data.runRetention"));
        assertEquals(
                0,
                GraphQL.answered(admin, "{ encounters { totalCount } }")
                        .getInt("data.encounters.totalCount"));
        assertEquals(
                elsewhere.size(),
                GraphQL.answered(
                        TestTokens.admin(tenant + "-b", "ruth"),
                        "{ encounters { totalCount } }")
                        .getInt("data.encounters.totalCount"));
    }

    @Test
    void myDataExportMergesJournalsAndScoringsExports() {
        List<String> mine = Fakes.seed(tenant, "dana", "north", 2);
        Fakes.seed(tenant, "moshe", "north", 1);
        Fakes.reset();

        JsonPath answer = GraphQL.answered(rep, "{ myDataExport }");
        JsonPath export = new JsonPath(answer.getString("data.myDataExport"));
        assertNotNull(export.getString("exportedAt"));
        assertEquals("dana", export.getString("person.id"));
        assertEquals(tenant, export.getString("person.tenantId"));
        assertEquals(Set.copyOf(mine), Set.copyOf(export.getList("journal.encounters.id")));
        assertEquals(List.of("dana", "dana"), export.getList("journal.encounters.repId"));
        assertEquals(2, export.getList("scoring.facts").size());
        assertTrue(mine.containsAll(export.getList("scoring.facts.fact.encounterId")));
        assertEquals(1, Fakes.calls("journal").size());
        assertEquals(1, Fakes.calls("scoring").size());
        assertEquals("/people/me/export", Fakes.calls("scoring").get(0).path());

        // anyone exports their own, and only their own
        JsonPath coachExport = new JsonPath(
                GraphQL.answered(coach, "{ myDataExport }").getString("data.myDataExport"));
        assertEquals(List.of(), coachExport.getList("journal.encounters"));

        Fakes.stop("scoring");
        try {
            assertCode(GraphQL.execute(rep, "{ myDataExport }"), "UNAVAILABLE");
        } finally {
            Fakes.start("scoring");
        }
    }
}
