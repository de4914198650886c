package io.onme.scoring.support;

import io.onme.devstores.testing.JwtTestResource;
import io.onme.devstores.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Registers the real stores and keys once for the whole module (test resources are global). */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = JwtTestResource.SERVICE_TOKENS, value = "verify"))
public final class TestStores {

    private TestStores() {
    }
}
