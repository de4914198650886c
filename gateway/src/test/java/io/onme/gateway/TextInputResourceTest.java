package io.onme.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.gateway.fakes.Fakes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Issue 16, item 2: U+0000, other C0 controls but tab and line breaks, unpaired surrogates and
 * non-characters in any argument or variable are BAD_USER_INPUT naming it, before any service is
 * called; real text of every script passes.
 */
@QuarkusTest
class TextInputResourceTest {

    static final String TOKEN = TestTokens.rep("t-text", "tal", "team-t");

    @BeforeEach
    void reset() {
        Fakes.reset();
    }

    @Test
    void aNulInALiteralIdIsRefusedBeforeAnyCall() {
        assertRefused(raw("{\"query\":\"{ playbook(id: \\\"a\\\\u0000b\\\") { id } }\"}"), "id");
    }

    @Test
    void aNulInAVariableIsRefusedBeforeAnyCall() {
        assertRefused(
                GraphQL.post(TOKEN, "repProfile", "repId", "a\u0000b").then().extract().jsonPath(),
                "repId");
    }

    @Test
    void controlCharactersDeepInAnInputAreRefusedWithTheirPath() {
        Map<String, Object> input = new HashMap<>(EncounterApiResourceTest.hebrewEncounter());
        input.put("reflection", "שלום\u0007");
        assertRefused(
                GraphQL.post(TOKEN, "logEncounter", "input", input).then().extract().jsonPath(),
                "input.reflection");

        input = new HashMap<>(EncounterApiResourceTest.hebrewEncounter());
        input.put("tactics", List.of("fine", "bad\u001b[31m"));
        assertRefused(
                GraphQL.post(TOKEN, "logEncounter", "input", input).then().extract().jsonPath(),
                "input.tactics[1]");

        input = new HashMap<>(EncounterApiResourceTest.hebrewEncounter());
        input.put("customer", Map.of("name", "\u0000"));
        assertRefused(
                GraphQL.post(TOKEN, "logEncounter", "input", input).then().extract().jsonPath(),
                "input.customer.name");
    }

    @Test
    void unpairedSurrogatesAndNonCharactersAreRefused() {
        String query = "query($text: String!) { analyzeReflection(text: $text) { stance } }";
        for (String text : List.of(
                "\\ud800",
                "a\\udc00b",
                "x\\ud83d",
                "\\ufffe",
                "\\uffff",
                "\\ufdd0",
                "\\ufdef",
                "\\ud83f\\udffe",
                "\\udbff\\udfff")) {
            assertRefused(
                    raw("{\"query\":\"" + query + "\",\"variables\":{\"text\":\"" + text + "\"}}"),
                    "text");
        }
        assertRefused(
                raw("{\"query\":\"{ analyzeReflection(text: \\\"\\\\ufdd5\\\") { stance } }\"}"),
                "text");
    }

    @Test
    void literalsInsideInputObjectsAndDefaultsAreChecked() {
        assertRefused(
                raw(
                        "{\"query\":\"{ encounters(filter: {repId: \\\"r\\\\u0001\\\"}) { totalCount } }\"}"),
                "filter.repId");
        assertRefused(
                raw(
                        "{\"query\":\"query($id: ID! = \\\"x\\\\u0002\\\") { playbook(id: $id) { id } }\"}"),
                "id");
    }

    @Test
    void anEnumVariableIsCheckedBeforeGraphqlJavaQuotesIt() {
        JsonPath body = GraphQL.post(TOKEN, "analyzeReflection", "text", "ok", "language", "H\u0000E")
                .then()
                .extract()
                .jsonPath();
        assertRefused(body, "language");
    }

    @Test
    void theOperationNameAndVariableNamesAreChecked() {
        assertRefused(
                raw("{\"query\":\"query A { me { id } }\",\"operationName\":\"A\\u0000\"}"),
                "operationName");
        assertRefused(
                raw("{\"query\":\"{ me { id } }\",\"variables\":{\"x\":{\"k\\u0000\":1}}}"), "x");
    }

    @Test
    void overGetToo() {
        JsonPath body = given().header("Authorization", "Bearer " + TOKEN)
                .urlEncodingEnabled(false)
                .when()
                .get(
                        "/graphql?query=%7B%20playbook(id%3A%20%22a%00b%22)%20%7B%20id%20%7D%20%7D")
                .then()
                .extract()
                .jsonPath();
        assertRefused(body, "id");
    }

    @Test
    void textOfEveryScriptWithTabsAndLineBreaksPasses() {
        String text = "המחיר\tשלהם\nהיה גבוה\r\n— I 💡 prepared; 価格 ; ÿ; \u007f\u0085\u00a0 done";
        JsonPath body = GraphQL.post(TOKEN, "analyzeReflection", "text", text)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertNull(body.getList("errors"), body.prettify());
        assertEquals(1, Fakes.calls("scoring").size());
    }

    private static JsonPath raw(String json) {
        return given().header("Authorization", "Bearer " + TOKEN)
                .contentType(ContentType.JSON)
                .body(json.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/graphql")
                .then()
                .extract()
                .jsonPath();
    }

    private static void assertRefused(JsonPath body, String field) {
        assertEquals(
                "BAD_USER_INPUT", body.getString("errors[0].extensions.code"), body.prettify());
        assertEquals(field, body.getString("errors[0].extensions.field"), body.prettify());
        String message = body.getString("errors[0].message");
        assertTrue(message.startsWith("Invalid text in " + field), message);
        assertEquals(
                -1,
                io.onme.gateway.error.InputText.firstInvalid(message),
                "the message repeats no bad text");
        assertNull(body.get("data"), body.prettify());
        assertTrue(Fakes.calls().isEmpty(), "no service was called: " + Fakes.calls());
        assertFalse(body.prettify().contains("Exception"));
    }
}
