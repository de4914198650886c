package io.onme.playbook;

import io.onme.devstores.testing.JwtTestResource;
import io.onme.devstores.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Registers the real stores and the test JWT and service keys once for every @QuarkusTest of the
 * module.
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
// verify: journal-service's service tokens are accepted on DELETE /people/{personId}
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = JwtTestResource.SERVICE_TOKENS, value = "verify"))
public final class TestStores {

    private TestStores() {
    }
}
