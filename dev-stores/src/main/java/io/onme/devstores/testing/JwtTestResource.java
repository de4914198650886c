package io.onme.devstores.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.onme.devstores.JwtKeys;
import io.onme.devstores.ServiceKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Makes the service under test trust {@link TestTokens}, and sign and verify service tokens with
 * the test service keys.
 */
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {

    /**
     * Init argument: {@code sign} (journal-service mints service tokens) or {@code verify} (scoring
     * accepts them).
     */
    public static final String SERVICE_TOKENS = "service-tokens";

    private String serviceTokens = "";

    @Override
    public void init(Map<String, String> initArgs) {
        serviceTokens = initArgs.getOrDefault(SERVICE_TOKENS, "");
    }

    @Override
    public Map<String, String> start() {
        Path dir = TestKeys.ensure();
        Map<String, String> config = new HashMap<>(
                Map.of(
                        "mp.jwt.verify.publickey.location",
                        dir.resolve(JwtKeys.PUBLIC_KEY_FILE).toString(),
                        "mp.jwt.verify.issuer",
                        TestTokens.ISSUER));
        // service tokens: journal signs with one key of the JWKS scoring trusts
        if (serviceTokens.equals("sign")) {
            config.put("onme.service-token.issuer", TestTokens.SERVICE_ISSUER);
            config.put(
                    "onme.service-token.key-location",
                    ServiceKeys.privateKeyFile(dir, TestKeys.SERVICE_B).toString());
            config.put("onme.service-token.key-id", ServiceKeys.keyId(dir, TestKeys.SERVICE_B));
        } else if (serviceTokens.equals("verify")) {
            config.put("onme.service-token.issuer", TestTokens.SERVICE_ISSUER);
            config.put(
                    "onme.service-token.jwks-location",
                    dir.resolve(ServiceKeys.JWKS_FILE).toString());
        }
        return config;
    }

    @Override
    public void stop() {
        // the keys stay in target/ for the rest of the run
    }
}
