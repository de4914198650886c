package io.onme.devstores;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Builds RS256 JWTs with OnMe's claims ({@code sub}, {@code tid}, {@code groups}, {@code teams},
 * {@code name}, {@code locale}) for the embedded mode and the tests, with the JDK alone.
 */
public final class JwtTokens {

    private final RSAPrivateKey key;
    private String issuer = "https://onme.local/embedded";
    private String keyId = "onme-dev";
    private String audience = "onme";
    private String subject = "demo-rep";
    private String tenant = "demo";
    private String name;
    private String locale;
    private final List<String> groups = new ArrayList<>();
    private final List<String> teams = new ArrayList<>();
    private Duration lifetime = Duration.ofHours(12);
    private Instant issuedAt;
    private final Map<String, String> rawClaims = new LinkedHashMap<>();

    private JwtTokens(RSAPrivateKey key) {
        this.key = key;
    }

    public static JwtTokens signedWith(RSAPrivateKey key) {
        return new JwtTokens(key);
    }

    public JwtTokens issuer(String value) {
        this.issuer = value;
        return this;
    }

    /** The {@code kid} header ("onme-dev" unless set; null leaves it out). */
    public JwtTokens keyId(String value) {
        this.keyId = value;
        return this;
    }

    /** The {@code aud} claim ("onme" unless set; null leaves it out). */
    public JwtTokens audience(String value) {
        this.audience = value;
        return this;
    }

    public JwtTokens subject(String value) {
        this.subject = value;
        return this;
    }

    public JwtTokens tenant(String value) {
        this.tenant = value;
        return this;
    }

    public JwtTokens name(String value) {
        this.name = value;
        return this;
    }

    public JwtTokens locale(String value) {
        this.locale = value;
        return this;
    }

    public JwtTokens group(String value) {
        this.groups.add(value.toLowerCase(Locale.ROOT));
        return this;
    }

    public JwtTokens team(String value) {
        this.teams.add(value);
        return this;
    }

    public JwtTokens lifetime(Duration value) {
        this.lifetime = value;
        return this;
    }

    /** For tokens that must already be expired or not yet valid. */
    public JwtTokens issuedAt(Instant value) {
        this.issuedAt = value;
        return this;
    }

    /**
     * A claim as raw JSON ({@code "123"}, {@code "[\"a\"]"}, {@code "{}"}), for tests of malformed
     * tokens; it replaces the claim of the same name ({@code tid}, {@code aud}, {@code iat}, …).
     */
    public JwtTokens rawClaim(String name, String json) {
        this.rawClaims.put(name, json);
        return this;
    }

    public String sign() {
        Instant now = issuedAt != null ? issuedAt : Instant.now();
        StringBuilder claims = new StringBuilder("{");
        rawClaims.forEach(
                (name, json) -> claims.append(quote(name)).append(':').append(json).append(','));
        field(claims, "iss", issuer);
        if (audience != null && !rawClaims.containsKey("aud")) {
            field(claims, "aud", audience);
        }
        if (!rawClaims.containsKey("sub")) {
            field(claims, "sub", subject);
        }
        if (!rawClaims.containsKey("upn")) {
            field(claims, "upn", subject);
        }
        field(claims, "jti", UUID.randomUUID().toString());
        if (tenant != null && !rawClaims.containsKey("tid")) {
            field(claims, "tid", tenant);
        }
        if (name != null) {
            field(claims, "name", name);
        }
        if (locale != null) {
            field(claims, "locale", locale);
        }
        array(claims, "groups", groups.isEmpty() ? List.of("rep") : groups);
        array(claims, "teams", teams);
        if (!rawClaims.containsKey("iat")) {
            claims.append("\"iat\":").append(now.getEpochSecond()).append(',');
        }
        claims.append("\"exp\":").append(now.plus(lifetime).getEpochSecond()).append('}');

        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\""
                + (keyId == null ? "" : ",\"kid\":" + quote(keyId))
                + "}";
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8))
                + "."
                + base64Url(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the token", e);
        }
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":").append(quote(value)).append(',');
    }

    private static void array(StringBuilder json, String name, List<String> values) {
        json.append('"').append(name).append("\":[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(quote(values.get(i)));
        }
        json.append("],");
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
