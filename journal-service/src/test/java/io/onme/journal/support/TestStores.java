package io.onme.journal.support;

import io.onme.devstores.testing.JwtTestResource;
import io.onme.devstores.testing.MongoTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Registers the global test resources once for the module: MongoDB wire server, JWT keys, fake scoring. */
@QuarkusTestResource(MongoTestResource.class)
@QuarkusTestResource(value = JwtTestResource.class,
        initArgs = @ResourceArg(name = JwtTestResource.SERVICE_TOKENS, value = "sign"))
@QuarkusTestResource(FakeScoringResource.class)
public final class TestStores {

    private TestStores() {
    }
}
