package io.onme.journal.security;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** The {@link Caller} of the current request; a token without a tenant id in {@code tid} is not a login (401). */
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
        if (jwt == null || jwt.getRawToken() == null) {
            throw new UnauthorizedException("missing token");
        }
        String tenant = TokenRules.tenantOf(jwt);
        String subject = jwt.getSubject();
        if (tenant == null || subject == null || subject.isBlank()) {
            throw new UnauthorizedException("token without tenant or subject");
        }
        String name = text(jwt.getClaim("name"));
        String locale = text(jwt.getClaim("locale"));
        return new Caller(tenant, subject, name != null ? name : subject,
                Set.copyOf(jwt.getGroups()), teams(jwt.getClaim("teams")), locale);
    }

    // a claim of another type than the one expected is as good as absent, never a ClassCastException
    private static String text(Object claim) {
        return claim instanceof String s ? s : claim instanceof JsonString json ? json.getString() : null;
    }

    private static Set<String> teams(Object claim) {
        Set<String> teams = new LinkedHashSet<>();
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                teams.add(value instanceof JsonString json ? json.getString() : String.valueOf(value));
            }
        } else if (claim instanceof JsonString json) {
            teams.add(json.getString());
        } else if (claim instanceof String single && !single.isBlank()) {
            teams.add(single);
        }
        return teams;
    }
}
