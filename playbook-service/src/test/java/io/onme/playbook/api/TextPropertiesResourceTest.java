package io.onme.playbook.api;

import static io.onme.playbook.api.Api.as;
import static io.onme.playbook.api.Api.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.devstores.testing.Texts;
import io.onme.support.TextRules;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Property tests over arbitrary text ({@link Texts}, fixed seeds): whatever a client writes into
 * the main text fields, the answer is never a 5xx; text the rules refuse is a 400 {@code
 * invalid-text} naming the field; text they accept is stored and read back as written (stripped, as
 * documented).
 */
@QuarkusTest
class TextPropertiesResourceTest {

    private static final int TRIES = 120;

    private final String tenant = Api.tenant();
    private final String admin = TestTokens.admin(tenant, "admin-1");

    @Test
    void playbookTextIsRefusedOrStoredAsWritten() {
        List<Map.Entry<String, Integer>> limits = List.of(
                Map.entry("title", 200),
                Map.entry("stance", 1000),
                Map.entry("steps[0].title", 200),
                Map.entry("phrasesToUse[0]", 300),
                Map.entry("tags[0]", 50));
        long seed = 1600;
        for (Map.Entry<String, Integer> field : limits) {
            Texts.forEach(
                    ++seed,
                    TRIES / 3,
                    Texts.any(field.getValue()),
                    text -> {
                        Map<String, Object> input = body("SKEPTICAL", "EN", "A title", null);
                        switch (field.getKey()) {
                            case "title" -> input.put("title", text);
                            case "stance" -> input.put("stance", text);
                            case "steps[0].title" ->
                                input.put("steps", List.of(Map.of("title", text)));
                            case "phrasesToUse[0]" -> input.put("phrasesToUse", List.of(text));
                            default -> input.put("tags", List.of(text));
                        }
                        Response created = as(admin).body(Texts.json(input)).post("/playbooks");
                        assertAnswer(created, field.getKey(), text, field.getValue(), 201);
                        if (created.statusCode() == 201) {
                            Response read = as(admin).get("/playbooks/" + created.path("id"));
                            assertEquals(text.strip(), read.path(field.getKey()), "read back");
                        }
                    });
        }
    }

    @Test
    void searchNeverFailsOnArbitraryText() {
        Texts.forEach(
                1610,
                TRIES,
                Texts.any(200),
                text -> {
                    // a URI carries UTF-8: a lone surrogate leaves the client as "?"
                    String sent = Texts.asUtf8(text);
                    Response found = as(admin).queryParam("q", sent).get("/playbooks");
                    assertAnswer(found, "q", sent, 200, 200);
                });
    }

    @Test
    void suggestionKeysComeBackAsWritten() {
        Texts.forEach(
                1620,
                TRIES,
                Texts.any(200),
                text -> {
                    Response answer = as(admin)
                            .body(
                                    Texts.json(
                                            Map.of(
                                                    "requests",
                                                    List.of(
                                                            Map.of(
                                                                    "key",
                                                                    text,
                                                                    "archetype",
                                                                    "HOSTILE")))))
                            .post("/playbooks/suggestions");
                    assertAnswer(answer, "requests[0].key", text, 200, 200);
                    if (answer.statusCode() == 200) {
                        Map<String, Object> results = answer.path("results");
                        assertEquals(
                                List.of(text), List.copyOf(results.keySet()), "the key as sent");
                    }
                });
    }

    /**
     * Never a 5xx; flawed text is an invalid-text 400 on the field; clean text within the limit is
     * accepted.
     */
    private static void assertAnswer(
            Response answer, String field, String text, int limit, int accepted) {
        int status = answer.statusCode();
        assertTrue(status < 500, "answered " + status + ": " + answer.asString());
        if (TextRules.flaw(text) != null) {
            assertEquals(400, status, answer.asString());
            assertEquals("https://onme.io/problems/invalid-text", answer.path("type"));
            assertEquals(field, answer.path("errors[0].field"));
        } else if (!text.isBlank() && text.length() <= limit) {
            assertEquals(accepted, status, answer.asString());
        } else {
            assertTrue(
                    status == accepted || status == 400,
                    "answered " + status + ": " + answer.asString());
        }
    }
}
