package io.onme.journal.api;

import static io.onme.journal.support.Journal.as;
import static io.onme.journal.support.Journal.encounter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.devstores.testing.Texts;
import io.onme.journal.support.Journal;
import io.onme.support.TextRules;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Property tests over arbitrary text ({@link Texts}, fixed seeds): whatever a client writes into
 * the main text fields, the answer is never a 5xx; text the rules refuse is a 400 {@code
 * invalid-text} naming the field; text they accept is stored and read back as written (a customer's
 * name trimmed, as documented).
 */
@QuarkusTest
class TextPropertiesResourceTest {

    private static final int TRIES = 60;

    @Test
    void reflectionsAreRefusedOrStoredAsWritten() {
        String rep = TestTokens.rep(Journal.tenant(), "rep-1", "t1");
        Texts.forEach(
                1701,
                TRIES,
                Texts.any(400),
                text -> {
                    Response logged = as(rep).body(Texts.json(encounter("Props Ltd", text)))
                            .post("/encounters");
                    assertAnswer(logged, "reflection", text, 10_000);
                    if (logged.statusCode() == 201) {
                        assertEquals(
                                text,
                                as(rep).get("/encounters/" + logged.path("id")).path("reflection"));
                    }
                });
    }

    @Test
    void tacticsAreRefusedOrStoredAsWritten() {
        String rep = TestTokens.rep(Journal.tenant(), "rep-1", "t1");
        Texts.forEach(
                1702,
                TRIES,
                Texts.any(200),
                text -> {
                    Map<String, Object> body = encounter("Props Ltd", "A reflection");
                    body.put("tactics", List.of(text));
                    Response logged = as(rep).body(Texts.json(body)).post("/encounters");
                    assertAnswer(logged, "tactics[0]", text, 200);
                    if (logged.statusCode() == 201) {
                        assertEquals(
                                List.of(text),
                                as(rep).get("/encounters/" + logged.path("id")).path("tactics"));
                    }
                });
    }

    @Test
    void customerNamesAreRefusedOrStoredAsWrittenAndFoundByPrefix() {
        Texts.forEach(
                1703,
                TRIES,
                Texts.any(200),
                text -> {
                    // a tenant per name: names that normalise alike would find each other's
                    // customer
                    String rep = TestTokens.rep(Journal.tenant(), "rep-1", "t1");
                    Response logged = as(rep).body(Texts.json(encounter(text, "A reflection")))
                            .post("/encounters");
                    assertAnswer(logged, "customer.name", text, 200);
                    if (logged.statusCode() == 201) {
                        assertEquals(
                                text.trim(),
                                as(rep).get("/customers/" + logged.path("customer.id"))
                                        .path("name"));
                    }
                    // a URI carries UTF-8: a lone surrogate leaves the client as "?"
                    String prefix = Texts.asUtf8(text);
                    Response found = as(rep).queryParam("prefix", prefix).get("/customers");
                    assertTrue(found.statusCode() < 500, found.asString());
                    if (TextRules.flaw(prefix) != null) {
                        assertEquals(400, found.statusCode(), found.asString());
                        assertEquals("prefix", found.path("errors[0].field"));
                    }
                });
    }

    /**
     * Never a 5xx; flawed text is an invalid-text 400 on the field; clean text within the limit is
     * accepted.
     */
    private static void assertAnswer(Response answer, String field, String text, int limit) {
        int status = answer.statusCode();
        assertTrue(status < 500, "answered " + status + ": " + answer.asString());
        if (TextRules.flaw(text) != null) {
            assertEquals(400, status, answer.asString());
            assertEquals("https://onme.io/problems/invalid-text", answer.path("type"));
            assertEquals(field, answer.path("errors[0].field"));
        } else if (!text.isBlank() && text.length() <= limit) {
            assertEquals(201, status, answer.asString());
        } else {
            assertTrue(
                    status == 201 || status == 400,
                    "answered " + status + ": " + answer.asString());
        }
    }
}
