package io.onme.playbook;

import io.onme.devstores.testing.JwtTestResource;
import io.onme.devstores.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Registers the real stores and the test JWT keys once for every @QuarkusTest of the module. */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
public final class TestStores {

    private TestStores() {
    }
}
