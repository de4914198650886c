package io.onme.playbook.security;

import io.onme.playbook.domain.Caller;
import io.onme.playbook.domain.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The {@link Caller} of the current request, read from the verified JWT only. A token without a
 * {@code tid} of the tenant id shape ({@link TokenRules}) is refused (401): the tenant is never
 * guessed and never taken from input.
 */
@RequestScoped
public class CurrentCaller {

    private final JsonWebToken jwt;
    private Caller caller;

    CurrentCaller(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    public Caller get() {
        if (caller == null) {
            String tenant = jwt.getRawToken() == null ? null : TokenRules.tenantOf(jwt);
            if (tenant == null) {
                throw Problem.unauthorized("the token carries no tenant");
            }
            Set<String> groups = jwt.getGroups() == null ? Set.of() : jwt.getGroups();
            caller = new Caller(tenant, jwt.getSubject(), groups, teams());
        }
        return caller;
    }

    private Set<String> teams() {
        Object claim = jwt.getClaim("teams");
        Set<String> teams = new HashSet<>();
        if (claim instanceof JsonArray array) {
            array.forEach(v -> teams.add(v instanceof JsonString s ? s.getString() : v.toString()));
        } else if (claim instanceof Collection<?> values) {
            values.forEach(v -> teams.add(String.valueOf(v)));
        }
        return teams;
    }
}
