package io.onme.devstores.testing;

import io.onme.devstores.JwtKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.util.Map;

/** Makes the service under test trust {@link TestTokens} (and sign service tokens with the same key). */
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Path dir = TestKeys.ensure();
        return Map.of(
                "mp.jwt.verify.publickey.location", dir.resolve(JwtKeys.PUBLIC_KEY_FILE).toString(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER,
                "smallrye.jwt.sign.key.location", dir.resolve(JwtKeys.PRIVATE_KEY_FILE).toString(),
                "smallrye.jwt.new-token.issuer", TestTokens.ISSUER);
    }

    @Override
    public void stop() {
        // the keys stay in target/ for the rest of the run
    }
}
