package io.onme.journal.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.onme.journal.config.DeliveryConfig;
import io.onme.journal.config.ServiceTokenConfig;
import io.smallrye.jwt.build.Jwt;

/**
 * Mints the short-lived service tokens the relays present to scoring-service and playbook-service:
 * journal-service's own issuer, the service's name as audience (one token per audience), a {@code
 * kid} header, signed with its own key ({@link ServiceTokenConfig}); {@code sub} {@value #SUBJECT},
 * {@code tid} the encounter's tenant.
 */
@ApplicationScoped
public class ServiceTokens {

    public static final String SUBJECT = "svc:journal-service";
    private static final int MAX_CACHED_TENANTS = 10_000;

    @Inject
    DeliveryConfig config;

    @Inject
    ServiceTokenConfig identity;

    private record Minted(String bearer, Instant renewAfter) {
    }

    /**
     * Per tenant and audience, reused for the first half of its lifetime (an RSA signature per
     * delivery is waste).
     */
    private final Map<String, Minted> cache = new ConcurrentHashMap<>();

    /** A bearer header value for one tenant, for scoring-service. */
    public String bearerFor(String tenantId) {
        return bearerFor(tenantId, identity.audience());
    }

    /** A bearer header value for one tenant and one audience (a service's name). */
    public String bearerFor(String tenantId, String audience) {
        Instant now = Instant.now();
        String key = tenantId + " " + audience;
        Minted minted = cache.get(key);
        if (minted == null || !now.isBefore(minted.renewAfter())) {
            Duration lifetime = config.serviceTokenLifetime();
            String token = Jwt.issuer(identity.issuer())
                    .audience(audience)
                    .subject(SUBJECT)
                    .upn(SUBJECT)
                    .claim("tid", tenantId)
                    .groups(Set.of("service"))
                    .issuedAt(now)
                    .expiresAt(now.plus(lifetime))
                    .jws()
                    .keyId(identity.keyId())
                    .sign(identity.keyLocation());
            minted = new Minted("Bearer " + token, now.plus(lifetime.dividedBy(2)));
            if (cache.size() > MAX_CACHED_TENANTS) {
                cache.clear();
            }
            cache.put(key, minted);
        }
        return minted.bearer();
    }
}
