package io.onme.support.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * What every OnMe service answers the same way, over real HTTP with real tokens: the problem shape,
 * the one 401 for every token failure, 404 for what is absent, the slugs of the catalogue, request
 * ids on refusals, and the token rules ({@link TokenRulesContract}). Each service runs it by
 * extending it in a {@code @QuarkusTest} and naming two of its endpoints; shipped in this module's
 * test-jar.
 */
public abstract class ServiceContract extends TokenRulesContract {

    private static final String PROBLEMS = "https://onme.io/problems/";

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** A GET any member of a fresh tenant may make, e.g. {@code /archetypes}. */
    protected abstract String readPath();

    /** A POST that takes a JSON object body, e.g. {@code /playbooks}. */
    protected abstract String writePath();

    private final String tenant = "contract-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aRequestWithoutATokenIsTheOne401() {
        unauthenticated(given().get(readPath()).then());
    }

    @Test
    void aTokenWithoutATenantIsTheSame401() {
        String noTenant = TestTokens.builder(tenant, "dana").rawClaim("tid", "42").group("rep").sign();
        unauthenticated(given().auth().oauth2(noTenant).get(readPath()).then());
        String badTenant = TestTokens.builder("t corpus", "dana").group("rep").sign();
        unauthenticated(given().auth().oauth2(badTenant).get(readPath()).then());
    }

    @Test
    void aUserTokenClaimingTheServiceGroupIsTheSame401() {
        String service = TestTokens.builder(tenant, "svc:someone").group("service").sign();
        unauthenticated(given().auth().oauth2(service).get(readPath()).then());
    }

    @Test
    void anUnknownPathIsNotFound() {
        given().auth()
                .oauth2(rep())
                .get(readPath() + "/no/such/thing/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "not-found"))
                .body("title", equalTo("Not found"))
                .body("errors", empty());
    }

    @Test
    void aBodyThatIsNotJsonIsUnreadable() {
        given().auth()
                .oauth2(rep())
                .contentType(ContentType.JSON)
                .body("{\"oops\": ")
                .post(writePath())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "unreadable-body"))
                .body("title", equalTo("Unreadable request body"))
                .body("status", equalTo(400));
    }

    @Test
    void aFieldOfTheWrongTypeIsUnreadableAndNamed() {
        given().auth()
                .oauth2(rep())
                .contentType(ContentType.JSON)
                .body("[1, 2]")
                .post(writePath())
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "unreadable-body"))
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void aMethodTheResourceDoesNotTakeIsAProblemWithItsReasonAsSlug() {
        given().auth()
                .oauth2(rep())
                .delete(readPath())
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "method-not-allowed"));
    }

    @Test
    void refusalsCarryTheRequestId() {
        given().header("X-Request-Id", "contract-1")
                .get(readPath())
                .then()
                .statusCode(401)
                .header("X-Request-Id", "contract-1");
    }

    @Test
    void aCallersRequestIdIsKeptAndEchoed() {
        given().header("X-Request-Id", "gw-7f3a.2:1")
                .get("/q/health/live")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "gw-7f3a.2:1");
    }

    @Test
    void aMissingOrUnsafeRequestIdIsReplacedByAFreshOne() {
        String first = given().get("/q/health/live")
                .then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .extract()
                .header("X-Request-Id");
        given().get("/q/health/live").then().header("X-Request-Id", not(equalTo(first)));
        given().header("X-Request-Id", "two words <b>")
                .get("/q/health/live")
                .then()
                .header("X-Request-Id", matchesPattern(UUID_PATTERN));
        given().header("X-Request-Id", "x".repeat(65))
                .get("/q/health/live")
                .then()
                .header("X-Request-Id", matchesPattern(UUID_PATTERN));
    }

    /**
     * Request durations are a Prometheus histogram with the shared buckets (service-support's
     * RequestDurationHistogram): the p99 alert of k8s/components/monitoring reads these series.
     */
    @Test
    void requestDurationsArePublishedAsAHistogram() {
        given().auth().oauth2(rep()).get(readPath()).then().statusCode(not(equalTo(500)));
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
                                            && l.contains("le=\"" + le + "\"")),
                    "no http_server_requests_seconds_bucket with le=" + le);
        }
    }

    protected String rep() {
        return TestTokens.rep(tenant, "dana", "north");
    }

    private static void unauthenticated(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo(PROBLEMS + "unauthenticated"))
                .body("title", equalTo("Unauthenticated"))
                .body("detail", equalTo("a valid bearer token with a tenant is required"))
                .body("errors", empty());
    }
}
