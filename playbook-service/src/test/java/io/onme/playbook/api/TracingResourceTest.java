package io.onme.playbook.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.support.RequestIdSpans;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With tracing on, a request the gateway forwards continues the gateway's trace (its traceparent
 * header), and the service's span carries the request id (service-support's RequestIds and
 * RequestIdSpans, the same in every service).
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

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String GATEWAY_SPAN = "00f067aa0ba902b7";

    @Inject
    CollectedSpans spans;

    @Test
    void aForwardedRequestContinuesTheTraceWithItsRequestId() {
        given().auth()
                .oauth2(TestTokens.rep("t-tracing", "noa", "north"))
                .header("traceparent", "00-" + TRACE + "-" + GATEWAY_SPAN + "-01")
                .header("X-Request-Id", "trace-pb-1")
                .get("/archetypes")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "trace-pb-1");

        SpanData server = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> spans.all().stream()
                                .filter(s -> s.getTraceId().equals(TRACE))
                                .filter(s -> s.getKind() == SpanKind.SERVER)
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertEquals(GATEWAY_SPAN, server.getParentSpanId(), "a child of the gateway's call");
        assertEquals("trace-pb-1", server.getAttributes().get(RequestIdSpans.ATTRIBUTE));
    }
}
