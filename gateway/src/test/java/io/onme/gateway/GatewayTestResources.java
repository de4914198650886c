package io.onme.gateway;

import io.onme.devstores.testing.JwtTestResource;
import io.onme.gateway.fakes.FakeBackends;
import io.quarkus.test.common.QuarkusTestResource;

/** The module's global test resources: trusted test tokens and the fake services. */
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(FakeBackends.class)
public final class GatewayTestResources {

    private GatewayTestResources() {
    }
}
