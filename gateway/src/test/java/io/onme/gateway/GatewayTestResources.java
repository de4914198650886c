package io.onme.gateway;

import io.onme.devstores.testing.JwtTestResource;
import io.onme.gateway.fakes.FakeBackends;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** The module's global test resources: trusted test tokens and the fake services. */
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeBackends.class, scope = TestResourceScope.GLOBAL)
public final class GatewayTestResources {

    private GatewayTestResources() {
    }
}
