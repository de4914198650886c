package io.onme.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The gateway's request durations are a Prometheus histogram with the services' buckets: the p99
 * alert (k8s/components/monitoring) reads http_server_requests_seconds_bucket.
 */
@QuarkusTest
class MetricsResourceTest {

    @Test
    void requestDurationsArePublishedAsAHistogram() {
        GraphQL.post(
                TestTokens.rep("t-metrics", "noa", "team-m"),
                "encountersWithAnalysis",
                "first",
                1)
                .then()
                .statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String series : new String[] {
                "http_server_requests_seconds_count{", "http_server_requests_seconds_sum{"
        }) {
            assertTrue(metrics.contains(series), "no " + series);
        }
        for (String le : new String[] { "0.005", "0.1", "1.0", "10.0", "+Inf" }) {
            assertTrue(
                    metrics.lines()
                            .anyMatch(
                                    l -> l.startsWith("http_server_requests_seconds_bucket{")
                                            && l.contains("uri=\"/graphql\"")
                                            && l.contains("le=\"" + le + "\"")),
                    "no http_server_requests_seconds_bucket of /graphql with le=" + le);
        }
    }
}
