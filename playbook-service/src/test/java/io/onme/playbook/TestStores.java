package io.onme.playbook;

import io.onme.devstores.testing.JwtTestResource;
import io.onme.devstores.testing.PostgresTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Registers the real stores and the test JWT keys once for every @QuarkusTest of the module. */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL)
public final class TestStores {

    private TestStores() {}
}
