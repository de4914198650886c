package io.onme.support;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;

/**
 * Verifies a service token against the service keys only: RS256 by the key of the JWKS that its
 * {@code kid} names (a token without a kid is refused), the service issuer, this service as its
 * audience, a lifetime of at most {@code onme.service-token.max-lifetime}. The identity has the
 * {@code service} role and is marked {@link TokenRules#SERVICE_TOKEN}; {@link TokenRules} then
 * applies the tenant and time rules every token keeps.
 */
@ApplicationScoped
public class ServiceTokenProvider implements IdentityProvider<ServiceTokenRequest> {

    /** Null when the service accepts no service tokens (no JWKS configured). */
    private final JWTParser parser;

    private final Duration maxLifetime;

    ServiceTokenProvider(ServiceTokenConfig config) {
        this.maxLifetime = config.maxLifetime();
        if (config.jwksLocation().isEmpty()) {
            this.parser = null;
            return;
        }
        JWTAuthContextInfo keys = new JWTAuthContextInfo(config.jwksLocation().get(), config.issuer());
        keys.setExpectedAudience(Set.of(config.audience()));
        keys.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        keys.setMaxTimeToLiveSecs(config.maxLifetime().toSeconds());
        this.parser = new DefaultJWTParser(keys);
    }

    @Override
    public Class<ServiceTokenRequest> getRequestType() {
        return ServiceTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            ServiceTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(
                () -> {
                    if (parser == null) {
                        throw new AuthenticationFailedException(
                                "this service accepts no service tokens");
                    }
                    if (unverifiedClaim(request.token(), 0, "kid") == null) {
                        throw new AuthenticationFailedException(
                                "a service token names its key (kid)");
                    }
                    JsonWebToken jwt;
                    try {
                        jwt = parser.parse(request.token());
                    } catch (ParseException e) {
                        throw new AuthenticationFailedException(e);
                    }
                    return QuarkusSecurityIdentity.builder()
                            .setPrincipal(jwt)
                            .addRole("service")
                            .addAttribute(TokenRules.SERVICE_TOKEN, maxLifetime)
                            .build();
                });
    }

    /**
     * A string member of the token's header (part 0) or claims (part 1), before any verification;
     * null if none.
     */
    static String unverifiedClaim(String token, int part, String name) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try (JsonReader reader = Json.createReader(
                new StringReader(
                        new String(
                                Base64.getUrlDecoder().decode(parts[part]),
                                StandardCharsets.UTF_8)))) {
            JsonObject object = reader.readObject();
            JsonValue value = object.get(name);
            return value instanceof JsonString text ? text.getString() : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
