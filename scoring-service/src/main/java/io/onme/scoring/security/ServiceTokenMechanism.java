package io.onme.scoring.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes the bearer token of {@code PUT} and {@code DELETE /scores/{id}} when its (not yet verified)
 * issuer is the service-token issuer, for {@link ServiceTokenProvider} to verify against the
 * service keys. Everything else, including those endpoints with a user token, is left to SmallRye
 * JWT: so a service token is never taken for a user's anywhere else (its issuer and key are not the
 * identity provider's), and a user token never becomes a service token (the {@code service} role
 * comes only from here; {@link io.onme.support.TokenRules} refuses user tokens that claim it).
 */
@ApplicationScoped
public class ServiceTokenMechanism implements HttpAuthenticationMechanism {

    private static final Pattern SERVICE_ENDPOINT = Pattern.compile("/scores/[^/]+");

    private final ServiceTokenConfig config;

    ServiceTokenMechanism(ServiceTokenConfig config) {
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            RoutingContext context, IdentityProviderManager identityProviderManager) {
        HttpMethod method = context.request().method();
        String token = bearer(context.request().getHeader("Authorization"));
        if ((method != HttpMethod.PUT && method != HttpMethod.DELETE)
                || token == null
                || !SERVICE_ENDPOINT.matcher(context.normalizedPath()).matches()
                || !config.issuer().equals(ServiceTokenProvider.unverifiedClaim(token, 1, "iss"))) {
            return Uni.createFrom().nullItem();
        }
        return identityProviderManager.authenticate(
                HttpSecurityUtils.setRoutingContextAttribute(
                        new ServiceTokenRequest(token), context));
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
