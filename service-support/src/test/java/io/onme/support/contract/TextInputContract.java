package io.onme.support.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.onme.devstores.testing.OpenApiProbe;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A bad character in any parameter or text field of any operation (read from the service's
 * /q/openapi, so a new operation is probed too) is a 400 problem naming it, before the store sees
 * it; never a 5xx. A body that is not UTF-8 is an unreadable body. Each service runs it by
 * extending it in a {@code @QuarkusTest} and naming what differs: the token, the operations without
 * text, a few fields the probe must reach and one JSON body; shipped in this module's test-jar.
 */
public abstract class TextInputContract {

    @TestHTTPResource("/")
    URI base;

    /** The token every probe is sent with unless {@link #tokenFor} says otherwise. */
    protected abstract String adminToken();

    /** The token a probe of this operation is sent with. */
    protected String tokenFor(OpenApiProbe.Case probe) {
        return adminToken();
    }

    /** The operations ({@code "GET /path"}) with no parameter and no text in their body. */
    protected abstract Set<String> operationsWithoutText();

    /** Fields ({@code "POST /path body field"}) the probe must reach, as a check on the probe. */
    protected abstract List<String> fieldsProbed();

    /**
     * A POST whose JSON body has one text value: the path, the JSON before the value and after it.
     */
    protected abstract RawBody rawBody();

    /** A JSON body around one text value, sent to {@code path}. */
    public record RawBody(String path, String before, String after) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "a\u0000b",
            "\u0000",
            "bell\u0007",
            "esc\u001b[0m",
            "x\uFFFE",
            "x\uFFFF",
            "x\uFDD0",
            "x\uDBFF\uDFFF",
            "x\uD83F\uDFFE"
    })
    void aBadCharacterInAnyParameterOrBodyTextIsA400NamingIt(String bad) {
        OpenApiProbe probe = OpenApiProbe.of(base);
        List<OpenApiProbe.Case> cases = probe.cases(bad, null);
        assertProbed(probe, cases);
        List<OpenApiProbe.Outcome> wrong = OpenApiProbe.run(cases, this::tokenFor).stream()
                .filter(o -> !o.isTextProblem())
                .toList();
        assertEquals(
                List.of(),
                wrong,
                "answers that are not a 400 problem naming the field:"
                        + OpenApiProbe.describe(wrong));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "%C0%80", "a%ED%A0%80", "%FF", "%E2%82", "%C1%BF" })
    void aParameterThatIsNotUtf8IsA400NamingIt(String raw) {
        OpenApiProbe probe = OpenApiProbe.of(base);
        List<OpenApiProbe.Outcome> wrong = OpenApiProbe.run(probe.cases(null, raw), this::tokenFor).stream()
                .filter(o -> !o.isTextProblem())
                .toList();
        assertEquals(
                List.of(),
                wrong,
                "answers that are not a 400 problem naming the field:"
                        + OpenApiProbe.describe(wrong));
    }

    @Test
    void aLoneSurrogateInABodyIsA400NamingTheField() {
        OpenApiProbe probe = OpenApiProbe.of(base);
        List<OpenApiProbe.Outcome> wrong = OpenApiProbe.run(
                probe.cases("x\uD800y", null).stream()
                        .filter(c -> c.in().equals("body"))
                        .toList(),
                this::tokenFor)
                .stream()
                .filter(o -> !o.isTextProblem())
                .toList();
        assertEquals(List.of(), wrong, OpenApiProbe.describe(wrong));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "C0 AF",
            "C0 80",
            "E0 80 80",
            "ED A0 80",
            "F4 90 80 80",
            "F8 88 80 80 80",
            "FF",
            "C3"
    })
    void aBodyThatIsNotUtf8IsA400(String hex) {
        RawBody body = rawBody();
        HttpResponse<String> answer = OpenApiProbe.sendBytes(
                "POST",
                base.resolve(body.path()),
                adminToken(),
                body.before(),
                OpenApiProbe.hex(hex),
                body.after());
        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals(
                "application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
        assertTrue(
                answer.body().contains("https://onme.io/problems/unreadable-body"), answer.body());
    }

    /**
     * Every operation with a parameter or a body was probed, and the document lists the service's
     * operations.
     */
    private void assertProbed(OpenApiProbe probe, List<OpenApiProbe.Case> cases) {
        Set<String> probed = new TreeSet<>();
        cases.forEach(c -> probed.add(c.method() + " " + c.template()));
        Set<String> expected = new TreeSet<>(probe.operations());
        expected.removeAll(operationsWithoutText());
        assertEquals(expected, probed);
        List<String> fields = cases.stream().map(OpenApiProbe.Case::toString).toList();
        assertTrue(fields.containsAll(fieldsProbed()), fields.toString());
    }
}
