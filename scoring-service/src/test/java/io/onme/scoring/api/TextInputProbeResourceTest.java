package io.onme.scoring.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.onme.devstores.testing.OpenApiProbe;
import io.onme.devstores.testing.TestTokens;
import io.onme.support.contract.TextInputContract;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Bad text in any parameter or body field is a 400 problem naming it, before PostgreSQL sees it
 * (service-support's contract), run against this service.
 */
@QuarkusTest
class TextInputProbeResourceTest extends TextInputContract {

    private final String tenant = "t-" + UUID.randomUUID();
    private final String admin = TestTokens.admin(tenant, "admin-1");
    private final String service = TestTokens.service(tenant, "service-a").sign();

    @Override
    protected String adminToken() {
        return admin;
    }

    // the journal's relay writes scores; everything else is asked as an admin
    @Override
    protected String tokenFor(OpenApiProbe.Case probe) {
        return probe.template().startsWith("/scores/{") ? service : admin;
    }

    // the operations without a parameter or a body
    @Override
    protected Set<String> operationsWithoutText() {
        return Set.of(
                "GET /tenant-phrases",
                "POST /admin/rescore",
                "GET /readings/settings",
                "GET /readings/corrections",
                "GET /people/me/export");
    }

    @Override
    protected List<String> fieldsProbed() {
        return List.of(
                "POST /analyses body text",
                "PUT /scores/{encounterId} body reflection",
                "PUT /scores/{encounterId} path encounterId",
                "POST /tenant-phrases body phrase",
                "GET /profiles/{repId} path repId",
                "GET /teams/{teamId}/leaderboard query window",
                "GET /teams/members query id",
                "GET /scores/batch query encounterId");
    }

    @Override
    protected RawBody rawBody() {
        return new RawBody("/analyses", "{\"text\":\"a", "\"}");
    }
}
