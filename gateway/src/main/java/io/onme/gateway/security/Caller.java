package io.onme.gateway.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.onme.gateway.api.model.Language;
import io.onme.gateway.api.model.Role;
import io.onme.gateway.client.Credentials;

/**
 * The verified caller of this request, from the JWT alone (the tenant is never taken from input),
 * and the credentials that every backend call carries.
 */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken jwt;

    public String id() {
        return jwt.getSubject();
    }

    public String tenantId() {
        return jwt.getClaim("tid");
    }

    public String displayName() {
        Object name = jwt.getClaim("name");
        return name == null ? null : name.toString();
    }

    /**
     * What every backend call carries: the tenant (the scope of its circuit breakers) and {@code
     * Bearer <the caller's raw token>}, which the services verify again.
     */
    public Credentials credentials() {
        return new Credentials(tenantId(), "Bearer " + jwt.getRawToken());
    }

    public List<Role> roles() {
        Set<String> groups = jwt.getGroups();
        List<Role> roles = new ArrayList<>();
        for (Role role : Role.values()) {
            if (groups != null && groups.contains(role.name().toLowerCase(Locale.ROOT))) {
                roles.add(role);
            }
        }
        return roles;
    }

    public boolean has(Role role) {
        return roles().contains(role);
    }

    public List<String> teams() {
        return Claims.strings(jwt.getClaim("teams"));
    }

    /**
     * The {@code locale} claim as a language: Hebrew for {@code he}/{@code iw}, English for {@code
     * en}, else null.
     */
    public Language language() {
        Object locale = jwt.getClaim("locale");
        return locale == null ? null : Claims.language(locale.toString());
    }

    /** The language texts default to: the caller's, else English. */
    public Language languageOrDefault() {
        Language language = language();
        return language == null ? Language.EN : language;
    }
}
