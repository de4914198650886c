package io.onme.gateway;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.onme.devstores.JwtKeys;
import io.onme.devstores.testing.TestTokens;

/**
 * Tokens with any claims at all (a number for {@code tid}, an {@code iat} in the future), signed
 * with the key the gateway trusts in tests, for what {@link TestTokens}' builder cannot express. In
 * the claims, {@code ${iss}} is the trusted issuer and {@code ${now}} / {@code ${now+N}} / {@code
 * ${now-N}} the current epoch second moved by N.
 */
public final class RawTokens {

    private static final Pattern NOW = Pattern.compile("\\$\\{now(?:([+-])(\\d+))?\\}");

    private RawTokens() {
    }

    public static String sign(String claimsTemplate) {
        long now = Instant.now().getEpochSecond();
        Matcher times = NOW.matcher(claimsTemplate.replace("${iss}", TestTokens.ISSUER));
        String claims = times.replaceAll(
                match -> {
                    long offset = match.group(2) == null ? 0 : Long.parseLong(match.group(2));
                    return Long.toString(
                            "-".equals(match.group(1)) ? now - offset : now + offset);
                });
        String input = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"onme-dev\"}")
                + "."
                + base64(claims.strip());
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key());
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input
                    + "."
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The test key pair's private half, where dev-stores' test resources keep it (created by the
     * first token).
     */
    private static RSAPrivateKey key() {
        TestTokens.rep("t-any", "u");
        return JwtKeys.readPrivateKey(
                Path.of(System.getProperty("onme.test.keys", "target/test-keys")).toAbsolutePath());
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
