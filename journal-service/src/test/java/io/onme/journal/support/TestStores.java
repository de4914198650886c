package io.onme.journal.support;

import io.onme.devstores.testing.JwtTestResource;
import io.onme.devstores.testing.MongoTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Registers the global test resources once for the module: MongoDB wire server, JWT keys, fake
 * scoring.
 */
@WithTestResource(value = MongoTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = JwtTestResource.SERVICE_TOKENS, value = "sign"))
@WithTestResource(value = FakeScoringResource.class, scope = TestResourceScope.GLOBAL)
public final class TestStores {

    private TestStores() {
    }
}
