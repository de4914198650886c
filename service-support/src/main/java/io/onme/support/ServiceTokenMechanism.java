package io.onme.support;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Takes the bearer token of a service endpoint ({@code onme.service-token.endpoints}) when its (not
 * yet verified) issuer is the service-token issuer, for {@link ServiceTokenProvider} to verify
 * against the service keys. Everything else, including those endpoints with a user token, is left
 * to SmallRye JWT: so a service token is never taken for a user's anywhere else (its issuer and key
 * are not the identity provider's), and a user token never becomes a service token (the {@code
 * service} role comes only from here; {@link TokenRules} refuses user tokens that claim it).
 */
@ApplicationScoped
public class ServiceTokenMechanism implements HttpAuthenticationMechanism {

    /** One endpoint that takes service tokens. */
    record Endpoint(String method, Pattern path) {

        static Endpoint parse(String spec) {
            String[] parts = spec.strip().split("\\s+", 2);
            if (parts.length != 2 || !parts[1].startsWith("/")) {
                throw new IllegalArgumentException(
                        "onme.service-token.endpoints: \"" + spec + "\" is not \"METHOD /path\"");
            }
            return new Endpoint(parts[0].toUpperCase(Locale.ROOT), Pattern.compile(parts[1]));
        }

        boolean matches(String method, String path) {
            return this.method.equals(method) && this.path.matcher(path).matches();
        }
    }

    private final ServiceTokenConfig config;
    private final List<Endpoint> endpoints;

    ServiceTokenMechanism(ServiceTokenConfig config) {
        this.config = config;
        this.endpoints = config.jwksLocation().isEmpty()
                ? List.of()
                : config.endpoints().orElse(List.of()).stream()
                        .filter(spec -> !spec.isBlank())
                        .map(Endpoint::parse)
                        .toList();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = bearer(context.request().getHeader("Authorization"));
        if (token == null
                || !takes(context.request().method().name(), context.normalizedPath())
                || !config.issuer().equals(ServiceTokenProvider.unverifiedClaim(token, 1, "iss"))) {
            return Uni.createFrom().nullItem();
        }
        return identityProviderManager.authenticate(
                HttpSecurityUtils.setRoutingContextAttribute(
                        new ServiceTokenRequest(token), context));
    }

    /** Whether a service token is taken on this method and path. */
    boolean takes(String method, String path) {
        for (Endpoint endpoint : endpoints) {
            if (endpoint.matches(method, path)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ServiceTokenRequest.class);
    }

    /** Before SmallRye JWT's mechanism, which would refuse the token outright. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }

    private static String bearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim()
                : null;
    }
}
