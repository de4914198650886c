package io.onme.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.gateway.fakes.Fakes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Issue 16, item 1: one tenant's traffic must not open a circuit breaker that another tenant's
 * requests go through. The attacker sends what used to open the shared breakers (a NUL in an id,
 * which the services once answered with 500 and the fakes still do), refusals the services mean
 * (4xx), and requests that make scoring-service fail for the attacker's tenant only; a victim
 * tenant's requests interleaved with them all succeed.
 */
@QuarkusTest
class BreakerScopeResourceTest {

    static final String ATTACKER_TENANT = "t-attacker";
    static final String ATTACKER = TestTokens.rep(ATTACKER_TENANT, "mallory", "team-x");
    static final String VICTIM = TestTokens.rep("t-victim", "vera", "team-v");

    @BeforeEach
    @AfterEach
    void reset() {
        Fakes.reset();
    }

    @Test
    void oneTenantsFailuresLeaveAnotherTenantWithoutUnavailable() {
        Fakes.fail("scoring", 500, ATTACKER_TENANT);
        List<String> victimCodes = new ArrayList<>();
        List<String> attackerCodes = new ArrayList<>();
        for (int round = 0; round < 12; round++) {
            attackerCodes.add(code(GraphQL.post(ATTACKER, "playbook", "id", "a\u0000b")));
            attackerCodes.add(code(GraphQL.post(ATTACKER, "repProfile", "repId", "a\u0000b")));
            attackerCodes.add(
                    code(GraphQL.post(ATTACKER, "playbook", "id", "no-such-playbook-" + round)));
            attackerCodes.add(
                    code(
                            GraphQL.post(
                                    ATTACKER, "analyzeReflection", "text", "the price " + round)));

            victimCodes.add(code(GraphQL.post(VICTIM, "playbook", "id", "pb-READY-EN")));
            victimCodes.add(
                    code(GraphQL.post(VICTIM, "analyzeReflection", "text", "I prepared " + round)));
            victimCodes.add(code(GraphQL.post(VICTIM, "repProfile")));
        }

        assertEquals(
                0,
                victimCodes.stream().filter("UNAVAILABLE"::equals).count(),
                "victim: " + victimCodes);
        assertTrue(victimCodes.stream().allMatch("OK"::equals), "victim: " + victimCodes);
        assertTrue(
                attackerCodes.contains("UNAVAILABLE"),
                "the attacker's own scoring calls fail: " + attackerCodes);
        assertEquals(
                24,
                attackerCodes.stream().filter("BAD_USER_INPUT"::equals).count(),
                "a NUL is refused at the edge: " + attackerCodes);
        assertEquals(
                12,
                attackerCodes.stream().filter("NOT_FOUND"::equals).count(),
                "refusals the service meant stay refusals, the breaker never opening for them: "
                        + attackerCodes);
        long attackerScoringCalls = Fakes.calls("scoring").stream()
                .filter(call -> call.authorization().equals("Bearer " + ATTACKER))
                .count();
        assertTrue(
                attackerScoringCalls < 12 * 3,
                "the attacker's breaker opened and spared the service: "
                        + attackerScoringCalls
                        + " calls");
    }

    @Test
    void refusalsNeitherCountAgainstTheBreakerNorAreRetried() {
        String token = TestTokens.rep("t-refusals", "rita", "team-r");
        for (int i = 0; i < 25; i++) {
            assertEquals("NOT_FOUND", code(GraphQL.post(token, "playbook", "id", "missing-" + i)));
        }
        assertEquals(25, Fakes.calls("playbook").size(), "one call per refusal, none retried");

        assertEquals(
                "OK",
                code(GraphQL.post(token, "playbook", "id", "pb-READY-HE")),
                "25 refusals in a row left the breaker closed");
    }

    @Test
    void aServicesRefusalReachesTheCallerWithItsCodeNeverRetriedNorCounted() {
        String tenant = "t-refused";
        String token = TestTokens.rep(tenant, "rafi", "team-r");
        Map<Integer, String> codes = Map.of(
                400,
                "BAD_USER_INPUT",
                401,
                "UNAUTHENTICATED",
                403,
                "FORBIDDEN",
                404,
                "NOT_FOUND",
                409,
                "CONFLICT",
                422,
                "BAD_USER_INPUT",
                429,
                "BAD_USER_INPUT");
        for (Map.Entry<Integer, String> refusal : codes.entrySet()) {
            Fakes.reset();
            Fakes.fail("scoring", refusal.getKey(), tenant);
            for (int i = 0; i < 12; i++) {
                assertEquals(
                        refusal.getValue(),
                        code(GraphQL.post(token, "analyzeReflection", "text", "x" + i)),
                        "HTTP " + refusal.getKey());
            }
            assertEquals(
                    12,
                    Fakes.calls("scoring").size(),
                    "HTTP "
                            + refusal.getKey()
                            + ": one call each, no retry, "
                            + "and the breaker stayed closed");
        }
    }

    /** The first error's code, or OK. */
    static String code(io.restassured.response.Response response) {
        assertTrue(response.statusCode() < 500, response.asString());
        JsonPath body = response.jsonPath();
        return body.getList("errors") == null ? "OK" : body.getString("errors[0].extensions.code");
    }
}
