package io.onme.journal.client;

import io.onme.journal.config.DeliveryConfig;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/** Mints the short-lived service-account tokens the relay presents to scoring-service. */
@ApplicationScoped
public class ServiceTokens {

    public static final String SUBJECT = "svc:journal-service";

    @Inject
    DeliveryConfig config;

    /** A bearer header value for one tenant; the issuer and signing key come from smallrye.jwt.* config. */
    public String bearerFor(String tenantId) {
        String token = Jwt.claims()
                .subject(SUBJECT)
                .upn(SUBJECT)
                .claim("tid", tenantId)
                .groups(Set.of("service"))
                .expiresIn(config.serviceTokenLifetime())
                .sign();
        return "Bearer " + token;
    }
}
