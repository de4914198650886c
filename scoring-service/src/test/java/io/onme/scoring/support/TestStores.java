package io.onme.scoring.support;

import io.onme.devstores.testing.JwtTestResource;
import io.onme.devstores.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Registers the real stores and keys once for the whole module (test resources are global). */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = JwtTestResource.class,
        initArgs = @ResourceArg(name = JwtTestResource.SERVICE_TOKENS, value = "verify"))
public final class TestStores {

    private TestStores() {
    }
}
