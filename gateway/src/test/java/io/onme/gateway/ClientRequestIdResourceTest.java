package io.onme.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.gateway.fakes.Fakes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Issue 16, item 8: {@code logEncounter(input: {clientRequestId})} is passed to journal-service,
 * which answers the encounter the same key from the same rep created (the fake journal does as the
 * real one: 201, then 200). A phone that lost the answer and sends again gets the same encounter,
 * not a second one.
 */
@QuarkusTest
class ClientRequestIdResourceTest {

    static final String REP = TestTokens.rep("t-idem", "dana", "team-i");

    @BeforeEach
    void reset() {
        Fakes.reset();
    }

    @Test
    void theSameKeySentAgainReturnsTheSameEncounter() {
        String key = UUID.randomUUID().toString();

        String first = log(REP, key).getString("data.logEncounter.id");
        String again = log(REP, key).getString("data.logEncounter.id");
        String capitals = log(REP, key.toUpperCase(Locale.ROOT)).getString("data.logEncounter.id");

        assertEquals(first, again);
        assertEquals(first, capitals, "a UUID in capitals is the same key");
        List<Fakes.Call> posts = Fakes.calls("journal");
        assertEquals(3, posts.size(), "each request reached the journal, which recognised the key");
        posts.forEach(
                post -> assertTrue(
                        post.body().contains("\"clientRequestId\":\"" + key + "\""),
                        post.body()));
    }

    @Test
    void anotherRepOrAnotherTenantWithTheSameKeyLogsTheirOwn() {
        String key = UUID.randomUUID().toString();
        String mine = log(REP, key).getString("data.logEncounter.id");

        String colleague = log(TestTokens.rep("t-idem", "noa", "team-i"), key)
                .getString("data.logEncounter.id");
        JsonPath stranger = log(TestTokens.rep("t-other-idem", "dana", "team-i"), key);

        assertNotEquals(mine, colleague);
        assertNotEquals(mine, stranger.getString("data.logEncounter.id"));
        assertEquals("dana", stranger.getString("data.logEncounter.rep.id"));
        JsonPath read = GraphQL.post(
                TestTokens.rep("t-other-idem", "dana", "team-i"),
                "encounter",
                "id",
                mine)
                .jsonPath();
        assertEquals(
                "NOT_FOUND",
                read.getString("errors[0].extensions.code"),
                "the key reveals nothing across tenants");
    }

    @Test
    void withoutAKeyEveryLogIsANewEncounterAndTheJournalSeesNoKey() {
        String first = log(REP, null).getString("data.logEncounter.id");
        String second = log(REP, null).getString("data.logEncounter.id");

        assertNotEquals(first, second);
        Fakes.calls("journal")
                .forEach(post -> assertFalse(post.body().contains("clientRequestId"), post.body()));
    }

    @Test
    void aKeyThatIsNotAUuidIsRefusedWithoutCallingTheJournal() {
        for (String key : List.of(
                "",
                "retry-1",
                "12345678-1234-1234-1234-12345678901",
                "{12345678-1234-1234-1234-123456789012}",
                "urn:uuid:12345678-1234-1234-1234-123456789012",
                "12345678123412341234123456789012",
                "1234567g-1234-1234-1234-123456789012")) {
            JsonPath answer = log(REP, key);
            assertEquals("BAD_USER_INPUT", answer.getString("errors[0].extensions.code"), key);
            assertEquals("clientRequestId", answer.getString("errors[0].extensions.field"), key);
            assertNull(answer.get("data"), key);
        }
        assertTrue(Fakes.calls().isEmpty());
    }

    private static JsonPath log(String token, String clientRequestId) {
        Map<String, Object> input = new HashMap<>(EncounterApiResourceTest.hebrewEncounter());
        if (clientRequestId != null) {
            input.put("clientRequestId", clientRequestId);
        }
        JsonPath answer = GraphQL.post(token, "logEncounter", "input", input)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        if (clientRequestId == null || clientRequestId.matches("[0-9a-fA-F-]{36}")) {
            assertNull(answer.getList("errors"), answer.prettify());
        }
        return answer;
    }
}
