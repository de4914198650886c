package io.onme.journal.api;

import java.util.List;
import java.util.Set;

import io.onme.devstores.testing.TestTokens;
import io.onme.journal.support.Journal;
import io.onme.support.contract.TextInputContract;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Bad text in any parameter or body field is a 400 problem naming it, before MongoDB sees it
 * (service-support's contract), run against this service.
 */
@QuarkusTest
class TextInputProbeResourceTest extends TextInputContract {

    private final String admin = TestTokens.admin(Journal.tenant(), "admin-1");

    @Override
    protected String adminToken() {
        return admin;
    }

    // no parameter and no text in the body (retentionMonths is a number)
    @Override
    protected Set<String> operationsWithoutText() {
        return Set.of(
                "GET /people/me/export",
                "GET /settings/retention",
                "PUT /settings/retention",
                "POST /admin/retention/run");
    }

    @Override
    protected List<String> fieldsProbed() {
        return List.of(
                "POST /encounters body reflection",
                "POST /encounters body customer.name",
                "POST /encounters body tactics[0]",
                "POST /encounters body outcome",
                "PATCH /encounters/{id} body reflection",
                "POST /encounters/{id}/notes body text",
                "POST /erasures body personId",
                "POST /erasures body reason",
                "GET /erasures/{id} path id",
                "GET /customers query prefix",
                "GET /encounters query repId",
                "POST /admin/deliveries/{encounterId}/retry path encounterId");
    }

    @Override
    protected RawBody rawBody() {
        return new RawBody("/encounters", "{\"reflection\":\"a", "\"}");
    }
}
