package io.onme.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.gateway.fakes.Fakes;
import io.onme.support.RequestIdSpans;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * With tracing on, a GraphQL request and the service calls it makes are one trace: the gateway's
 * server span, a client span per call, and the W3C traceparent header on each call so the services
 * continue the trace; every span carries the request id.
 */
@QuarkusTest
@TestProfile(TracingResourceTest.TracingOn.class)
class TracingResourceTest {

    /** Tracing on (it is off by default), spans exported at once. */
    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.otel.sdk.disabled", "false",
                    "quarkus.otel.bsp.schedule.delay", "PT0.05S");
        }
    }

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]");

    @Inject
    CollectedSpans spans;

    @Test
    void aRequestAndTheServiceCallsItMakesAreOneTraceCarryingTheRequestId() {
        Fakes.reset();
        spans.clear();

        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + TestTokens.rep("t-tracing", "noa", "team-t"))
                .header("X-Request-Id", "trace-me-1")
                .body(
                        Map.of(
                                "query",
                                GraphQL.document("encountersWithAnalysis"),
                                "variables",
                                Map.of("first", 5)))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "trace-me-1");

        List<Fakes.Call> calls = Fakes.calls();
        assertFalse(calls.isEmpty(), "the query calls journal-service");
        String traceId = null;
        for (Fakes.Call call : calls) {
            Matcher traceparent = TRACEPARENT.matcher(String.valueOf(call.traceparent()));
            assertTrue(traceparent.matches(), call + " has no W3C traceparent");
            if (traceId == null) {
                traceId = traceparent.group(1);
            }
            assertEquals(traceId, traceparent.group(1), "every call continues one trace");
        }

        String trace = traceId;
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> spans.all().stream()
                                .filter(s -> s.getTraceId().equals(trace))
                                .map(SpanData::getKind)
                                .distinct()
                                .count() >= 2);
        List<SpanData> ofTrace = spans.all().stream().filter(s -> s.getTraceId().equals(trace)).toList();
        SpanData server = ofTrace.stream()
                .filter(s -> s.getKind() == SpanKind.SERVER)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no server span in " + ofTrace));
        assertTrue(
                ofTrace.stream().anyMatch(s -> s.getKind() == SpanKind.CLIENT),
                "a client span per service call: " + ofTrace);
        for (SpanData span : ofTrace) {
            assertEquals(
                    "trace-me-1",
                    span.getAttributes().get(RequestIdSpans.ATTRIBUTE),
                    span.getKind() + " span " + span.getName() + " carries the request id");
        }
        // the services' spans hang under the gateway's: the traceparent names a span of this trace
        assertTrue(
                ofTrace.stream()
                        .anyMatch(
                                s -> calls.stream()
                                        .anyMatch(
                                                c -> c.traceparent()
                                                        .contains(s.getSpanId()))),
                "the traceparent sent names a gateway span");
        assertEquals(SpanKind.SERVER, server.getKind());
    }
}
