package io.onme.scoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.onme.devstores.testing.OpenApiProbe;
import io.onme.devstores.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bad character in any parameter or text field of any operation (read from /q/openapi, so a new
 * operation is probed too) is a 400 problem naming it, before PostgreSQL sees it; never a 5xx.
 */
@QuarkusTest
class TextInputProbeResourceTest {

    // the journal's relay writes scores; everything else is asked as an admin
    private String tokenFor(OpenApiProbe.Case probe) {
        return probe.template().startsWith("/scores/{") ? service : admin;
    }

    @TestHTTPResource("/")
    URI base;

    private final String tenant = "t-" + java.util.UUID.randomUUID();
    private final String admin = TestTokens.admin(tenant, "admin-1");
    private final String service = TestTokens.service(tenant, "service-a").sign();

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
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
        List<OpenApiProbe.Outcome> wrong =
                OpenApiProbe.run(cases, this::tokenFor).stream()
                        .filter(o -> !o.isTextProblem())
                        .toList();
        assertEquals(
                List.of(),
                wrong,
                "answers that are not a 400 problem naming the field:"
                        + OpenApiProbe.describe(wrong));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"%C0%80", "a%ED%A0%80", "%FF", "%E2%82", "%C1%BF"})
    void aParameterThatIsNotUtf8IsA400NamingIt(String raw) {
        OpenApiProbe probe = OpenApiProbe.of(base);
        List<OpenApiProbe.Outcome> wrong =
                OpenApiProbe.run(probe.cases(null, raw), this::tokenFor).stream()
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
        List<OpenApiProbe.Outcome> wrong =
                OpenApiProbe.run(
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
    @ValueSource(
            strings = {
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
        HttpResponse<String> answer =
                OpenApiProbe.sendBytes(
                        "POST",
                        base.resolve("/analyses"),
                        admin,
                        "{\"text\":\"a",
                        OpenApiProbe.hex(hex),
                        "\"}");
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
    private static void assertProbed(OpenApiProbe probe, List<OpenApiProbe.Case> cases) {
        Set<String> probed = new TreeSet<>();
        cases.forEach(c -> probed.add(c.method() + " " + c.template()));
        Set<String> expected = new TreeSet<>(probe.operations());
        // the operations without a parameter or a body
        expected.removeAll(
                Set.of(
                        "GET /tenant-phrases",
                        "POST /admin/rescore",
                        "GET /readings/settings",
                        "GET /readings/corrections",
                        "GET /people/me/export"));
        assertEquals(expected, probed);
        List<String> fields = cases.stream().map(OpenApiProbe.Case::toString).toList();
        assertTrue(
                fields.containsAll(
                        List.of(
                                "POST /analyses body text",
                                "PUT /scores/{encounterId} body reflection",
                                "PUT /scores/{encounterId} path encounterId",
                                "POST /tenant-phrases body phrase",
                                "GET /profiles/{repId} path repId",
                                "GET /teams/{teamId}/leaderboard query window",
                                "GET /teams/members query id",
                                "GET /scores/batch query encounterId")),
                fields.toString());
    }
}
