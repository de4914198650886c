package io.onme.scoring.support;

import io.onme.devstores.testing.JwtTestResource;
import io.onme.devstores.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Registers the real stores and keys once for the whole module (test resources are global). */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
public final class TestStores {

    private TestStores() {
    }
}
