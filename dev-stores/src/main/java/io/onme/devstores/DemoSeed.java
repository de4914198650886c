package io.onme.devstores;

import java.net.URI;
import java.nio.file.Path;

/** Seeds the demo tenant through the public GraphQL API (filled in with the gateway). */
final class DemoSeed {

    private DemoSeed() {
    }

    static void run(URI gateway, Path keys, String issuer) {
        System.out.println("demo seed: nothing to seed yet for " + gateway);
    }
}
