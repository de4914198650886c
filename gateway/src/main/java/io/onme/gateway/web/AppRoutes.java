package io.onme.gateway.web;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The web app (module {@code web}, packaged under {@code META-INF/resources}) is served by
 * Quarkus's static resources at {@code /}. Its routes are client-side ({@code /journal}, {@code
 * /encounters/42}), so a browser that reloads one, or opens a link to one, asks the server for a
 * path no file has: such a page request (a GET that accepts HTML, outside the API paths, with no
 * file extension) is answered with the app's {@code index.html}. Everything else (a missing asset,
 * an API call, {@code /q/*}) keeps its normal answer, a 404 included.
 */
@ApplicationScoped
public class AppRoutes {

    /** Paths the app never owns: the API, GraphiQL and operations, the demo sign-in. */
    private static final Pattern NOT_APP = Pattern.compile("^/(graphql|q|demo-sign-in)(/.*)?$");

    private static final Pattern HAS_EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,8}$");

    void register(@Observes Router router) {
        // every method passes through (a route limited to GET would turn other methods' 404s into
        // 405s)
        router.route().order(0).handler(this::pageRequest);
    }

    private void pageRequest(RoutingContext context) {
        if (context.request().method() != HttpMethod.GET) {
            context.next();
            return;
        }
        String path = context.normalizedPath();
        if (path.startsWith("/assets/")) {
            // Vite names every built asset by its content hash: a name never changes meaning
            cache(context, "public, max-age=31536000, immutable");
        } else if (!NOT_APP.matcher(path).matches()) {
            // index.html, the service worker, the manifest: checked on every load, so a new release
            // is seen at once
            cache(context, "no-cache");
        }
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        boolean appPage = !"/".equals(path)
                && accept != null
                && accept.contains("text/html")
                && !NOT_APP.matcher(path).matches()
                && !HAS_EXTENSION.matcher(path).find();
        if (appPage) {
            context.reroute("/");
        } else {
            context.next();
        }
    }

    private static void cache(RoutingContext context, String policy) {
        context.addHeadersEndHandler(
                ignored -> {
                    if (context.response().getStatusCode() == 200) {
                        context.response().putHeader(HttpHeaders.CACHE_CONTROL, policy);
                    }
                });
    }
}
