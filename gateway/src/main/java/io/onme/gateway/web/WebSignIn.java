package io.onme.gateway.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Which sign-in the web app uses, from configuration, at {@code GET /auth-config.json} (no token:
 * the app asks before anyone is signed in):
 *
 * <ul>
 * <li>{@code {"mode":"oidc","issuer":…,"clientId":…,"scope":…}} when {@code onme.web.oidc.issuer}
 * is set: the app signs in at that OpenID provider (authorization code + PKCE). The demo
 * sign-in is then off even where enabled: the services trust only the provider's tokens, so
 * the demo's would be refused.
 * <li>{@code {"mode":"demo"}} where the demo sign-in is enabled (the embedded profile with the
 * launcher's development key).
 * <li>{@code {"mode":"none"}} otherwise: nobody can sign in through the app.
 * </ul>
 */
@ApplicationScoped
public class WebSignIn {

    /** The sign-ins the app knows. */
    public enum Mode {
        OIDC,
        DEMO,
        NONE
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "onme.web.oidc.issuer")
    Optional<String> issuer;

    @ConfigProperty(name = "onme.web.oidc.client-id", defaultValue = "onme-web")
    String clientId;

    @ConfigProperty(name = "onme.web.oidc.scope", defaultValue = "openid")
    String scope;

    @ConfigProperty(name = "onme.demo-sign-in.enabled", defaultValue = "false")
    boolean demoEnabled;

    public Mode mode() {
        if (issuer.filter(value -> !value.isBlank()).isPresent()) {
            return Mode.OIDC;
        }
        return demoEnabled ? Mode.DEMO : Mode.NONE;
    }

    void register(@Observes Router router) {
        String body = document();
        router.get("/auth-config.json")
                .handler(
                        context -> context.response()
                                .putHeader(
                                        HttpHeaders.CONTENT_TYPE,
                                        "application/json; charset=UTF-8")
                                // checked on every load, like index.html: a changed
                                // sign-in is seen at once
                                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                                .end(body));
    }

    private String document() {
        Map<String, String> config = new LinkedHashMap<>();
        Mode mode = mode();
        config.put("mode", mode.name().toLowerCase(Locale.ROOT));
        if (mode == Mode.OIDC) {
            config.put("issuer", issuer.orElseThrow().strip());
            config.put("clientId", clientId);
            config.put("scope", scope);
        }
        try {
            return JSON.writeValueAsString(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
