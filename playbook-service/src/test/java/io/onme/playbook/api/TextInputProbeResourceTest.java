package io.onme.playbook.api;

import java.util.List;
import java.util.Set;

import io.onme.devstores.testing.TestTokens;
import io.onme.support.contract.TextInputContract;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Bad text in any parameter or body field is a 400 problem naming it, before PostgreSQL sees it
 * (service-support's contract), run against this service.
 */
@QuarkusTest
class TextInputProbeResourceTest extends TextInputContract {

    private final String admin = TestTokens.admin(Api.tenant(), "admin-1");

    @Override
    protected String adminToken() {
        return admin;
    }

    @Override
    protected Set<String> operationsWithoutText() {
        return Set.of("GET /archetypes");
    }

    @Override
    protected List<String> fieldsProbed() {
        return List.of(
                "POST /playbooks body steps[0].title",
                "POST /playbooks body archetype",
                "POST /playbooks/suggestions body requests[0].blameTargets[0]",
                "GET /playbooks query q",
                "GET /playbooks/{id}/versions/{version} path version");
    }

    @Override
    protected RawBody rawBody() {
        return new RawBody("/playbooks/suggestions", "{\"requests\":[{\"key\":\"a", "\"}]}");
    }
}
