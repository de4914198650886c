package io.onme.journal.support;

import io.onme.devstores.testing.JwtTestResource;
import io.onme.devstores.testing.MongoTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Registers the global test resources once for the module: MongoDB wire server, JWT keys, fake scoring. */
@QuarkusTestResource(MongoTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(FakeScoringResource.class)
public final class TestStores {

    private TestStores() {
    }
}
