package io.onme.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.gateway.error.InputText;
import io.onme.gateway.fakes.Fakes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Schemathesis-style properties of the running gateway (issue 16): arbitrary strings (jqwik's
 * generators, every UTF-16 unit, controls, unpaired surrogates, non-characters, text of every
 * script) in every text argument, as a variable and as a literal, and arbitrary bytes as a body.
 * Whatever is sent: never a 5xx, every error has a code, nothing internal shown; a string with a
 * character that is not text is BAD_USER_INPUT before any service is called, and any other string
 * is never refused for its characters. Each run draws new samples (jqwik's {@code sampleStream}, as
 * its generators run outside a property); a failure shows the sample, escaped.
 */
@QuarkusTest
class BadInputPropertiesResourceTest {

    static final String TOKEN = TestTokens.coach("t-properties", "pat", "team-p");

    static final String LOG = "logEncounter(input: {customer: {name: \"c\"}, occurredAt: \"2026-11-20T10:15:00Z\", "
            + "outcome: WON, reflection: \"fine\", ";
    static final String PLAYBOOK = "input: {archetype: READY, language: EN, title: \"t\", stance: \"s\", "
            + "steps: [{title: \"a\"}]}";

    /** Every String and ID argument and input field of the schema, as a variable {@code $v}. */
    static final List<String> TARGETS = List.of(
            "query($v: String!) { analyzeReflection(text: $v) { stance } }",
            "query($v: ID!) { encounter(id: $v) { id } }",
            "query($v: String) { encounters(after: $v) { totalCount } }",
            "query($v: ID) { encounters(filter: {repId: $v, customerId: $v, teamId: $v}) { totalCount } }",
            "query($v: ID!) { playbook(id: $v) { id } }",
            "query($v: String) { playbooks(after: $v) { totalCount } }",
            "query($v: String) { playbooks(filter: {search: $v}) { totalCount } }",
            "query($v: ID) { playbooks(filter: {teamId: $v}) { totalCount } }",
            "query($v: ID) { repProfile(repId: $v) { entries } }",
            "query($v: ID!) { team(id: $v) { id } }",
            "mutation($v: ID!) { addCoachingNote(encounterId: $v, text: \"hi\") { id } }",
            "mutation($v: String!) { addCoachingNote(encounterId: \"enc-none\", text: $v) { id } }",
            "mutation($v: ID!) { archivePlaybook(id: $v) { id } }",
            "mutation($v: ID!) { publishPlaybook(id: $v) { id } }",
            "mutation($v: String!) { createPlaybook(input: {archetype: READY, language: EN, title: $v, stance: $v, "
                    + "steps: [{title: $v, detail: $v}], phrasesToUse: [$v], phrasesToAvoid: [$v], tags: [$v]}) "
                    + "{ id } }",
            "mutation($v: ID!) { createPlaybook(input: {archetype: READY, language: EN, title: \"t\", stance: "
                    + "\"s\", steps: [{title: \"a\"}], teamId: $v}) { id } }",
            "mutation($v: ID!) { updatePlaybook(id: $v, " + PLAYBOOK + ") { id } }",
            "mutation($v: String!) { logEncounter(input: {customer: {name: $v}, occurredAt: \"2026-11-20T10:15:00Z\", "
                    + "outcome: WON, reflection: $v, tactics: [$v]}) { id } }",
            "mutation($v: ID!) { logEncounter(input: {customer: {id: $v}, occurredAt: \"2026-11-20T10:15:00Z\", "
                    + "outcome: WON, reflection: \"fine\", teamId: $v, playbookIds: [$v]}) { id } }",
            "mutation($v: String!) { "
                    + LOG
                    + "dealValue: {amount: 1, currency: $v}}) { id } }",
            "mutation($v: ID!) { " + LOG + "clientRequestId: $v}) { id } }",
            "mutation($v: ID!) { updateEncounter(id: $v, input: {outcome: WON}) { id } }",
            "mutation($v: String!) { updateEncounter(id: \"enc-none\", input: {reflection: $v, tactics: [$v]}) "
                    + "{ id } }",
            "query($v: ID) { reviewQueue(teamId: $v) { totalCount } }",
            "query($v: String) { reviewQueue(after: $v) { totalCount } }",
            "query($v: ID!) { erasure(id: $v) { id } }",
            "mutation($v: ID!) { markReadingSeen(encounterId: $v) { state } }",
            "mutation($v: ID!) { disputeReading(encounterId: $v, note: \"why\") { state } }",
            "mutation($v: String!) { disputeReading(encounterId: \"enc-none\", note: $v) { state } }",
            "mutation($v: ID!) { reviewReading(encounterId: $v, input: {decision: CONFIRM}) { state } }",
            "mutation($v: String!) { reviewReading(encounterId: \"enc-none\", input: {decision: CONFIRM, "
                    + "note: $v}) { state } }",
            "mutation($v: ID!) { erasePerson(personId: $v, reason: \"asked\") { id } }",
            "mutation($v: String!) { erasePerson(personId: \"p\", reason: $v) { id } }");

    static final AtomicInteger REQUESTS = new AtomicInteger();
    static final AtomicInteger SERVER_ERRORS = new AtomicInteger();

    @BeforeEach
    void reset() {
        Fakes.reset();
    }

    @AfterAll
    static void summary() {
        System.out.printf(
                "bad-input properties: %d requests, %d answered with a 5xx%n",
                REQUESTS.get(), SERVER_ERRORS.get());
    }

    /** {@link BadRequestCorpusResourceTest#assertClean}, counted for the run's summary. */
    static String checked(String what, Response response) {
        REQUESTS.incrementAndGet();
        if (response.statusCode() >= 500) {
            SERVER_ERRORS.incrementAndGet();
        }
        return BadRequestCorpusResourceTest.assertClean(what, response);
    }

    @Test
    void arbitraryTextInEveryArgumentIsNeverAServerErrorAndBadTextNeverReachesAService() {
        List<String> samples = strings().sampleStream().limit(TARGETS.size() * 16).toList();
        for (int sample = 0; sample < samples.size(); sample++) {
            String text = samples.get(sample);
            String target = TARGETS.get(sample % TARGETS.size());
            boolean literal = sample / TARGETS.size() % 2 == 1;
            String document = literal
                    ? target.replaceFirst("\\(\\$v: [A-Za-z!]+\\)", "")
                            .replace("$v", graphqlString(text))
                    : target;
            String body = "{\"query\":"
                    + json(document)
                    + (literal ? "" : ",\"variables\":{\"v\":" + json(text) + "}")
                    + "}";
            Fakes.reset();
            Response response = given().header("Authorization", "Bearer " + TOKEN)
                    .contentType("application/json")
                    .body(body.getBytes(StandardCharsets.UTF_8))
                    .when()
                    .post("/graphql");
            String what = "sample "
                    + sample
                    + " "
                    + escaped(text)
                    + (literal ? " as a literal" : "")
                    + " in "
                    + target;
            String answer = checked(what, response);

            JsonPath json = response.jsonPath();
            List<Map<String, Object>> errors = json.getList("errors");
            if (InputText.firstInvalid(text) >= 0) {
                assertTrue(errors != null, what + " → " + answer);
                assertEquals(
                        "BAD_USER_INPUT",
                        json.getString("errors[0].extensions.code"),
                        what + " → " + answer);
                // a literal with an unpaired surrogate escape is already a syntax error (HTTP 400)
                assertTrue(
                        json.getString("errors[0].extensions.field") != null
                                || response.statusCode() == 400,
                        what + " → " + answer);
                assertTrue(Fakes.calls().isEmpty(), what + " reached a service: " + Fakes.calls());
            } else if (errors != null) {
                errors.forEach(
                        error -> assertFalse(
                                String.valueOf(error.get("message"))
                                        .startsWith("Invalid text"),
                                what + " → " + answer));
            }
        }
    }

    @Test
    void arbitraryOperationNamesAndVariableNamesAreNeverAServerError() {
        List<String> samples = strings().sampleStream().limit(100).toList();
        for (int sample = 0; sample < samples.size(); sample++) {
            String text = samples.get(sample);
            String body = sample % 2 == 0
                    ? "{\"query\":\"query A { me { id } }\",\"operationName\":"
                            + json(text)
                            + "}"
                    : "{\"query\":\"{ me { id } }\",\"variables\":{"
                            + json(text)
                            + ":"
                            + json(text)
                            + "}}";
            Response response = given().header("Authorization", "Bearer " + TOKEN)
                    .contentType("application/json")
                    .body(body.getBytes(StandardCharsets.UTF_8))
                    .when()
                    .post("/graphql");
            String what = "sample " + sample + " " + escaped(body);
            String answer = checked(what, response);
            if (InputText.firstInvalid(text) >= 0) {
                assertEquals(
                        "BAD_USER_INPUT",
                        response.jsonPath().getString("errors[0].extensions.code"),
                        what + " → " + answer);
            }
        }
    }

    @Test
    void arbitraryBytesAsABodyAreNeverAServerError() {
        byte[] valid = ("{\"query\":\"query($t: String!) { analyzeReflection(text: $t) { stance } }\","
                + "\"variables\":{\"t\":\"המחיר\"}}")
                .getBytes(StandardCharsets.UTF_8);
        // a valid body with a few bytes changed, cut or added, and bytes at random
        Arbitrary<byte[]> mutated = Combinators.combine(
                Arbitraries.integers()
                        .between(0, valid.length - 1)
                        .list()
                        .ofMinSize(1)
                        .ofMaxSize(4),
                Arbitraries.bytes().list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.integers().between(1, valid.length))
                .as(
                        (positions, bytes, length) -> {
                            byte[] body = java.util.Arrays.copyOf(valid, length);
                            for (int i = 0; i < positions.size(); i++) {
                                if (positions.get(i) < body.length) {
                                    body[positions.get(i)] = bytes.get(i % bytes.size());
                                }
                            }
                            return body;
                        });
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(120);
        List<byte[]> samples = Arbitraries.oneOf(mutated, noise).sampleStream().limit(200).toList();
        for (int sample = 0; sample < samples.size(); sample++) {
            byte[] body = samples.get(sample);
            String type = List.of("application/json", "application/graphql").get(sample % 2);
            Response response = given().header("Authorization", "Bearer " + TOKEN)
                    .contentType(type)
                    .body(body)
                    .when()
                    .post("/graphql");
            checked(
                    "sample "
                            + sample
                            + " ("
                            + type
                            + ") "
                            + escaped(new String(body, StandardCharsets.ISO_8859_1)),
                    response);
        }
    }

    /**
     * jqwik's strings of every UTF-16 unit, text of several scripts, and text with one bad
     * character put in.
     */
    static Arbitrary<String> strings() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(24);
        Arbitrary<String> text = Arbitraries.strings()
                .withCharRange(' ', '~')
                .withCharRange('\u05D0', '\u05EA')
                .withCharRange('\u4E00', '\u4E20')
                .withChars("\t\n\r\uD83D\uDCA1é")
                .ofMaxLength(24);
        Arbitrary<Character> bad = Arbitraries.of(
                '\u0000', '\u0001', '\u0007', '\u001B', '\u001F', '\uD800', '\uDBFF',
                '\uDC00', '\uDFFF', '\uFDD0', '\uFDEF', '\uFFFE', '\uFFFF');
        Arbitrary<String> poisoned = Combinators.combine(text, bad, Arbitraries.integers().between(0, 24))
                .as(
                        (good, character, at) -> {
                            int position = Math.min(at, good.length());
                            if (position > 0
                                    && Character.isHighSurrogate(
                                            good.charAt(position - 1))) {
                                position--;
                            }
                            return good.substring(0, position)
                                    + character
                                    + good.substring(position);
                        });
        return Arbitraries.frequencyOf(Tuple.of(3, any), Tuple.of(3, text), Tuple.of(2, poisoned));
    }

    /** A JSON string of exactly these UTF-16 units (everything outside printable ASCII escaped). */
    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.append('"').toString();
    }

    /** A GraphQL string literal of these units (the same escapes as JSON). */
    static String graphqlString(String text) {
        return json(text);
    }

    static String escaped(String text) {
        return json(text.length() > 200 ? text.substring(0, 200) + "…" : text);
    }
}
