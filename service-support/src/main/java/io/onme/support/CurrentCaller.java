package io.onme.support;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.UnauthorizedException;

/**
 * The {@link Caller} of the current request, from the verified JWT. One rule for claims: {@code
 * tid} and {@code sub} are required ({@link TokenRules} refuses a token without them, so only an
 * unauthenticated request reaches the 401 here); any other claim of the wrong type is as good as
 * absent ({@code name} falls back to the member id, a {@code teams} entry that is not a string is
 * dropped), never a ClassCastException or a 500.
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
            caller = fromToken(jwt);
        }
        return caller;
    }

    static Caller fromToken(JsonWebToken jwt) {
        String tenant = jwt == null || jwt.getRawToken() == null ? null : TokenRules.tenantOf(jwt);
        String subject = tenant == null ? null : text(jwt.getClaim("sub"));
        if (tenant == null || subject == null || subject.isBlank()) {
            throw new UnauthorizedException("a token with a tenant and a subject is required");
        }
        String name = text(jwt.getClaim("name"));
        return new Caller(
                tenant,
                subject,
                name == null || name.isBlank() ? subject : name,
                jwt.getGroups() == null ? Set.of() : strings(jwt.getGroups()),
                strings(jwt.getClaim("teams")),
                text(jwt.getClaim("locale")));
    }

    private static String text(Object claim) {
        return claim instanceof String s
                ? s
                : claim instanceof JsonString json ? json.getString() : null;
    }

    // an array (JSON or Java) of strings; a single string is one entry
    private static Set<String> strings(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof Collection<?> collection) {
            for (Object value : collection) {
                String text = text(value);
                if (text != null && !text.isBlank()) {
                    values.add(text);
                }
            }
        } else {
            String single = text(claim);
            if (single != null && !single.isBlank()) {
                values.add(single);
            }
        }
        return values;
    }
}
