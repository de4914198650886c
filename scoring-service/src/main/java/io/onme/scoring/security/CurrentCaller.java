package io.onme.scoring.security;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** The {@link Caller} of the current request; a token without a tenant id in {@code tid} is refused (401). */
@RequestScoped
public class CurrentCaller {

    @Inject
    JsonWebToken jwt;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = fromToken();
        }
        return caller;
    }

    private Caller fromToken() {
        String tenant = TokenRules.tenantOf(jwt);
        String subject = jwt.getSubject();
        if (tenant == null || subject == null || subject.isBlank()) {
            throw new AuthenticationFailedException("the token names no tenant or subject");
        }
        return new Caller(tenant, subject, jwt.getGroups(), stringSet(jwt.getClaim("teams")));
    }

    private static Set<String> stringSet(Object claim) {
        Set<String> values = new HashSet<>();
        if (claim instanceof JsonArray array) {
            array.forEach(v -> values.add(v instanceof JsonString s ? s.getString() : v.toString()));
        } else if (claim instanceof Collection<?> collection) {
            collection.forEach(v -> values.add(v instanceof JsonString s ? s.getString() : String.valueOf(v)));
        }
        return values;
    }
}
