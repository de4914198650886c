package io.onme.gateway;

import static io.onme.gateway.ReadingApiResourceTest.assertCode;
import static io.onme.gateway.ReadingApiResourceTest.assertRefusedWithoutCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
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
 * The admin's tenant phrases and rescore job over real HTTP with real tokens against the fake
 * scoring-service: admins only, each tenant its own.
 */
@QuarkusTest
class AnalyserAdminApiResourceTest {

    private static final String PHRASE = "id phrase language stance target createdBy createdAt";

    private static final String ADD = "mutation($input: TenantPhraseInput!) { addTenantPhrase(input: $input) { "
            + PHRASE
            + " } }";

    private static final String REMOVE = "mutation($id: ID!) { removeTenantPhrase(id: $id) }";

    private static final String JOB = "id status targetVersion total processed rescored progress startedAt finishedAt error";

    private static final String START = "mutation { startRescore { " + JOB + " } }";

    private static final String PROGRESS = "query($id: ID!) { rescoreJob(id: $id) { " + JOB + " } }";

    private String tenant;
    private String admin;

    @BeforeEach
    void tokens() {
        tenant = "t-analyser-" + UUID.randomUUID().toString().substring(0, 8);
        admin = TestTokens.admin(tenant, "ruth");
        Fakes.reset();
    }

    private static Map<String, Object> phrase(
            String text, String language, String stance, String target) {
        Map<String, Object> input = new HashMap<>();
        input.put("phrase", text);
        input.put("language", language);
        input.put("stance", stance);
        input.put("target", target);
        return input;
    }

    @Test
    void anAdminAddsListsAndRemovesPhrases() {
        JsonPath added = GraphQL.execute(
                admin,
                ADD,
                "input",
                phrase("  ההנהלה תקעה אותנו ", "HE", "BLAME", "MANAGEMENT"));
        assertNull(added.getList("errors"), added::prettify);
        String hebrew = added.getString("data.addTenantPhrase.id");
        assertEquals("ההנהלה תקעה אותנו", added.getString("data.addTenantPhrase.phrase"));
        assertEquals("HE", added.getString("data.addTenantPhrase.language"));
        assertEquals("BLAME", added.getString("data.addTenantPhrase.stance"));
        assertEquals("MANAGEMENT", added.getString("data.addTenantPhrase.target"));
        assertEquals("ruth", added.getString("data.addTenantPhrase.createdBy"));
        assertNotNull(added.getString("data.addTenantPhrase.createdAt"));
        // scoring-service got the phrase stripped, in its own JSON, with the caller's token
        Fakes.Call call = Fakes.calls("scoring").get(0);
        assertEquals("POST", call.method());
        assertEquals("/tenant-phrases", call.path());
        assertEquals(
                "{\"phrase\":\"ההנהלה תקעה אותנו\",\"language\":\"HE\",\"stance\":\"BLAME\","
                        + "\"target\":\"MANAGEMENT\"}",
                call.body());

        JsonPath english = GraphQL.execute(
                admin,
                ADD,
                "input",
                phrase("I followed up the same day", "EN", "OWNERSHIP", null));
        assertNull(english.getList("errors"), english::prettify);
        assertNull(english.get("data.addTenantPhrase.target"));

        JsonPath listed = GraphQL.answered(admin, "{ tenantPhrases { " + PHRASE + " } }");
        // by language (HE before EN, as the enum), then phrase
        assertEquals(List.of("HE", "EN"), listed.getList("data.tenantPhrases.language"));
        assertEquals(hebrew, listed.getString("data.tenantPhrases[0].id"));

        JsonPath removed = GraphQL.execute(admin, REMOVE, "id", hebrew);
        assertNull(removed.getList("errors"), removed::prettify);
        assertEquals(hebrew, removed.getString("data.removeTenantPhrase"));
        assertEquals(
                List.of("EN"),
                GraphQL.answered(admin, "{ tenantPhrases { language } }")
                        .getList("data.tenantPhrases.language"));
        // gone: a second removal is NOT_FOUND
        assertCode(GraphQL.execute(admin, REMOVE, "id", hebrew), "NOT_FOUND");
    }

    @Test
    void theSamePhraseTwiceInALanguageIsAConflict() {
        Map<String, Object> input = phrase("the price killed it", "EN", "BLAME", "PRICE");
        assertNull(GraphQL.execute(admin, ADD, "input", input).getList("errors"));
        JsonPath again = GraphQL.execute(admin, ADD, "input", input);
        assertNull(again.get("data"));
        assertCode(again, "CONFLICT");
        // in the other language it is another phrase
        JsonPath hebrew = GraphQL.execute(
                admin, ADD, "input", phrase("the price killed it", "HE", "BLAME", "PRICE"));
        assertNull(hebrew.getList("errors"), hebrew::prettify);
    }

    @Test
    void badPhrasesAreRefusedBeforeAnyCall() {
        assertRefusedWithoutCall(
                GraphQL.execute(admin, ADD, "input", phrase("   ", "EN", "BLAME", null)),
                "BAD_USER_INPUT",
                "input.phrase");
        assertRefusedWithoutCall(
                GraphQL.execute(admin, ADD, "input", phrase("ש".repeat(201), "HE", "BLAME", null)),
                "BAD_USER_INPUT",
                "input.phrase");
        assertRefusedWithoutCall(
                GraphQL.execute(
                        admin, ADD, "input", phrase("I owned it", "EN", "OWNERSHIP", "PRICE")),
                "BAD_USER_INPUT",
                "input.target");
        // a language or stance the schema does not know is refused by the schema
        JsonPath unknown = GraphQL.execute(admin, ADD, "input", phrase("x", "FR", "BLAME", null));
        assertCode(unknown, "BAD_USER_INPUT");
        assertEquals(List.of(), Fakes.calls(), "no service asked");
        // exactly 200 characters (Hebrew too) is fine
        JsonPath longest = GraphQL.execute(
                admin, ADD, "input", phrase("ש".repeat(200), "HE", "HELPLESS", null));
        assertNull(longest.getList("errors"), longest::prettify);
    }

    @Test
    void aRescoreRunsAndItsProgressIsFollowed() {
        Fakes.seed(tenant, "dana", "north", 3);
        Fakes.reset();
        JsonPath started = GraphQL.execute(admin, START);
        assertNull(started.getList("errors"), started::prettify);
        String id = started.getString("data.startRescore.id");
        assertEquals("RUNNING", started.getString("data.startRescore.status"));
        assertEquals(3, started.getInt("data.startRescore.total"));
        assertEquals(0, started.getInt("data.startRescore.processed"));
        assertEquals(0.0, started.getDouble("data.startRescore.progress"), 1e-9);
        assertEquals("fake-2", started.getString("data.startRescore.targetVersion"));
        assertNotNull(started.getString("data.startRescore.startedAt"));
        assertNull(started.get("data.startRescore.finishedAt"));
        assertEquals(
                List.of("POST /admin/rescore"),
                Fakes.calls("scoring").stream().map(c -> c.method() + " " + c.path()).toList());

        // starting again while it runs answers the same job
        assertEquals(id, GraphQL.execute(admin, START).getString("data.startRescore.id"));

        JsonPath half = GraphQL.execute(admin, PROGRESS, "id", id);
        assertNull(half.getList("errors"), half::prettify);
        assertEquals("RUNNING", half.getString("data.rescoreJob.status"));
        assertEquals(2, half.getInt("data.rescoreJob.processed"));
        assertTrue(half.getDouble("data.rescoreJob.progress") > 0.5);

        JsonPath done = GraphQL.execute(admin, PROGRESS, "id", id);
        assertEquals("DONE", done.getString("data.rescoreJob.status"));
        assertEquals(3, done.getInt("data.rescoreJob.processed"));
        assertEquals(1.0, done.getDouble("data.rescoreJob.progress"), 1e-9);
        assertNotNull(done.getString("data.rescoreJob.finishedAt"));

        // an unknown job is NOT_FOUND, not an error of the gateway
        JsonPath unknown = GraphQL.execute(admin, PROGRESS, "id", UUID.randomUUID().toString());
        assertNull(unknown.get("data.rescoreJob"));
        assertCode(unknown, "NOT_FOUND");
        assertCode(GraphQL.execute(admin, PROGRESS, "id", "not-a-uuid"), "NOT_FOUND");
    }

    @Test
    void onlyAdminsReachTheAnalyser() {
        for (String token : List.of(
                TestTokens.rep(tenant, "dana", "north"),
                TestTokens.coach(tenant, "avi", "north"))) {
            Fakes.reset();
            assertRefusedWithoutCall(
                    GraphQL.execute(token, "{ tenantPhrases { id } }"), "FORBIDDEN", null);
            assertRefusedWithoutCall(
                    GraphQL.execute(token, ADD, "input", phrase("x", "EN", "BLAME", null)),
                    "FORBIDDEN",
                    null);
            assertRefusedWithoutCall(
                    GraphQL.execute(token, REMOVE, "id", UUID.randomUUID().toString()),
                    "FORBIDDEN",
                    null);
            assertRefusedWithoutCall(GraphQL.execute(token, START), "FORBIDDEN", null);
            assertRefusedWithoutCall(
                    GraphQL.execute(token, PROGRESS, "id", UUID.randomUUID().toString()),
                    "FORBIDDEN",
                    null);
        }
    }

    @Test
    void anotherTenantNeitherSeesNorChangesThem() {
        String id = GraphQL.execute(admin, ADD, "input", phrase("not my fault", "EN", "BLAME", null))
                .getString("data.addTenantPhrase.id");
        Fakes.seed(tenant, "dana", "north", 2);
        String job = GraphQL.execute(admin, START).getString("data.startRescore.id");

        String other = TestTokens.admin(tenant + "-b", "ruth");
        assertEquals(
                List.of(),
                GraphQL.answered(other, "{ tenantPhrases { id } }").getList("data.tenantPhrases"));
        assertCode(GraphQL.execute(other, REMOVE, "id", id), "NOT_FOUND");
        JsonPath foreignJob = GraphQL.execute(other, PROGRESS, "id", job);
        assertNull(foreignJob.get("data.rescoreJob"));
        assertCode(foreignJob, "NOT_FOUND");
        // the other tenant's own rescore has nothing of tenant A's to do
        JsonPath theirs = GraphQL.execute(other, START);
        assertEquals(0, theirs.getInt("data.startRescore.total"));
        assertEquals("DONE", theirs.getString("data.startRescore.status"));
        // the same phrase in the other tenant is no conflict
        assertNull(
                GraphQL.execute(other, ADD, "input", phrase("not my fault", "EN", "BLAME", null))
                        .getList("errors"));

        // tenant A's phrase and job are untouched
        assertEquals(
                List.of(id),
                GraphQL.answered(admin, "{ tenantPhrases { id } }")
                        .getList("data.tenantPhrases.id"));
        assertEquals(
                "RUNNING",
                GraphQL.execute(admin, PROGRESS, "id", job).getString("data.rescoreJob.status"));
    }

    @Test
    void scoringDownIsUnavailable() {
        Fakes.stop("scoring");
        try {
            assertCode(GraphQL.execute(admin, "{ tenantPhrases { id } }"), "UNAVAILABLE");
            assertCode(GraphQL.execute(admin, START), "UNAVAILABLE");
        } finally {
            Fakes.start("scoring");
        }
    }
}
