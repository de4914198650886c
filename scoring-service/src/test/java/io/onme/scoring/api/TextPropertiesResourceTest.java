package io.onme.scoring.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.devstores.testing.Texts;
import io.onme.scoring.support.Encounters;
import io.onme.support.TextRules;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Property tests over arbitrary text ({@link Texts}, fixed seeds): whatever a client writes into
 * the main text fields, the answer is never a 5xx; text the rules refuse is a 400 {@code
 * invalid-text} naming the field; text they accept is analysed with evidence spans that are exactly
 * its own characters, and a tenant phrase is stored and read back as written (stripped, as
 * documented).
 */
@QuarkusTest
class TextPropertiesResourceTest {

    private static final int TRIES = 60;

    @Test
    void analysedTextKeepsItsCharacters() {
        String rep = TestTokens.rep(Encounters.newTenant(), "rep-1", "t1");
        Texts.forEach(
                1801,
                TRIES,
                Texts.any(400),
                text -> {
                    Response analysed = given().auth()
                            .oauth2(rep)
                            .contentType(ContentType.JSON)
                            .body(Texts.json(Map.of("text", text)))
                            .post("/analyses");
                    assertAnswer(analysed, "text", text, 10_000, 200);
                    if (analysed.statusCode() == 200) {
                        List<Map<String, Object>> evidence = analysed.path("evidence");
                        for (Map<String, Object> span : evidence) {
                            assertEquals(
                                    text.substring(
                                            (Integer) span.get("start"), (Integer) span.get("end")),
                                    span.get("text"));
                        }
                    }
                });
    }

    @Test
    void reflectionsToScoreAreRefusedOrScored() {
        String tenant = Encounters.newTenant();
        Texts.forEach(
                1802,
                TRIES,
                Texts.any(400),
                text -> {
                    Response scored = given().auth()
                            .oauth2(Encounters.serviceToken(tenant))
                            .contentType(ContentType.JSON)
                            .body(
                                    Texts.json(
                                            Encounters.encounter("rep-1", "t1")
                                                    .reflection(text)
                                                    .body()))
                            .put("/scores/e-" + Math.abs(text.hashCode()));
                    // the reflection may be empty (a text rule, not a presence rule, is under test
                    // here)
                    assertAnswer(scored, "reflection", text, 10_000, 200);
                });
    }

    @Test
    void tenantPhrasesAreRefusedOrStoredAsWritten() {
        Texts.forEach(
                1803,
                TRIES,
                Texts.any(200),
                text -> {
                    // a tenant per phrase: phrases that differ only in case would be a 409
                    String admin = TestTokens.admin(Encounters.newTenant(), "root");
                    Response added = given().auth()
                            .oauth2(admin)
                            .contentType(ContentType.JSON)
                            .body(
                                    Texts.json(
                                            Map.of(
                                                    "phrase",
                                                    text,
                                                    "language",
                                                    "EN",
                                                    "stance",
                                                    "OWNERSHIP")))
                            .post("/tenant-phrases");
                    assertAnswer(added, "phrase", text, 200, 201);
                    if (added.statusCode() == 201) {
                        List<String> stored = given().auth().oauth2(admin).get("/tenant-phrases").path("phrase");
                        assertEquals(List.of(text.strip()), stored);
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
