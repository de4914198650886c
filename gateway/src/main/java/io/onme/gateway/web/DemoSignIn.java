package io.onme.gateway.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The embedded stack's sign-in: lists the demo tenant's users and signs a token for the chosen one
 * with the launcher's development key, so the web app needs no identity provider on a laptop.
 * Registered only when {@code onme.demo-sign-in.enabled} is true (the {@code embedded} profile) and
 * no OIDC issuer is configured for the web app ({@link WebSignIn}); elsewhere these paths do not
 * exist (404), and real sign-in is the identity provider's job.
 *
 * <ul>
 * <li>{@code GET /demo-sign-in/users}: {@code [{"id","name","roles","teams","locale"}]}
 * <li>{@code POST /demo-sign-in/token} with {@code {"user":"dana"}}: {@code {"token":"eyJ..."}};
 * an unknown user is a 400 problem
 * </ul>
 */
@ApplicationScoped
public class DemoSignIn {

    private static final Logger LOG = Logger.getLogger(DemoSignIn.class);
    static final String TENANT = "demo";
    private static final Duration LIFETIME = Duration.ofHours(12);
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "onme.demo-sign-in.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "onme.demo-sign-in.key-location")
    Optional<String> keyLocation;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @ConfigProperty(name = "onme.jwt.audience")
    Optional<String> audience;

    private List<DemoUser> users;
    private PrivateKey key;

    @Inject
    WebSignIn webSignIn;

    void register(@Observes Router router) {
        if (!enabled) {
            return;
        }
        if (webSignIn.mode() != WebSignIn.Mode.DEMO) {
            // an identity provider is configured: the services trust only its tokens
            LOG.info("demo sign-in is off: the web app signs in with OIDC (onme.web.oidc.issuer)");
            return;
        }
        String location = keyLocation
                .filter(value -> !value.isBlank())
                .orElseThrow(
                        () -> new IllegalStateException(
                                "onme.demo-sign-in.enabled is true but onme.demo-sign-in.key-location names no private key"));
        try {
            key = KeyUtils.decodePrivateKey(
                    Files.readString(Path.of(location), StandardCharsets.US_ASCII));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the demo sign-in key " + location, e);
        }
        users = readUsers();
        LOG.infof(
                "demo sign-in is on: %d users of tenant '%s' at /demo-sign-in",
                users.size(), TENANT);
        router.get("/demo-sign-in/users").handler(this::listUsers);
        router.post("/demo-sign-in/token")
                .handler(BodyHandler.create(false).setBodyLimit(1024))
                .handler(this::token);
    }

    private void listUsers(RoutingContext context) {
        try {
            json(context, 200, JSON.writeValueAsString(users));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void token(RoutingContext context) {
        String userId = null;
        try {
            JsonNode body = JSON.readTree(context.body().asString("UTF-8"));
            if (body != null && body.path("user").isTextual()) {
                userId = body.path("user").asText();
            }
        } catch (IOException | RuntimeException unreadable) {
            // answered below as a bad request
        }
        String wanted = userId;
        Optional<DemoUser> user = users.stream().filter(candidate -> candidate.id().equals(wanted)).findFirst();
        if (user.isEmpty()) {
            problem(
                    context,
                    400,
                    "Unknown demo user",
                    "Send {\"user\": id} with an id from GET /demo-sign-in/users.");
            return;
        }
        json(context, 200, "{\"token\":\"" + sign(user.get()) + "\"}");
    }

    String sign(DemoUser user) {
        var claims = Jwt.issuer(issuer)
                .subject(user.id())
                .upn(user.id())
                .groups(new HashSet<>(user.roles()))
                .claim("tid", TENANT)
                .claim("name", user.name())
                .claim("teams", user.teams())
                .claim("locale", user.locale())
                .expiresIn(LIFETIME);
        audience.filter(value -> !value.isBlank()).ifPresent(claims::audience);
        return claims.jws().keyId("onme-dev").sign(key);
    }

    private static List<DemoUser> readUsers() {
        try (InputStream in = DemoSignIn.class.getResourceAsStream("/web/demo-users.json")) {
            if (in == null) {
                throw new IllegalStateException("web/demo-users.json is missing from the gateway");
            }
            return List.copyOf(JSON.readValue(in, new TypeReference<List<DemoUser>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void json(RoutingContext context, int status, String body) {
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body);
    }

    private static void problem(RoutingContext context, int status, String title, String detail) {
        String body;
        try {
            body = JSON.writeValueAsString(
                    Map.of(
                            "type",
                            "about:blank",
                            "title",
                            title,
                            "status",
                            status,
                            "detail",
                            detail));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json; charset=UTF-8")
                .end(body);
    }
}
