package io.onme.support;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.opentelemetry.api.trace.Span;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every HTTP request an id, kept in the logging context as {@code requestId} (so each log
 * line of the request carries it, in JSON logs as an MDC field) and echoed in the {@code
 * X-Request-Id} response header. The caller's id is kept when it looks like one (the gateway
 * forwards its own), so one id follows a request through the services; anything else is replaced,
 * so a client cannot write arbitrary text into our logs. Where tracing is on, the id is also the
 * {@code onme.request_id} attribute of the request's server span (and, through {@link
 * RequestIdSpans}, of every span started while handling it), so a trace is found from a log line.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void register(@Observes Router router) {
        // first of all routes, so even refusals (401, 413) are tagged
        router.route().order(Integer.MIN_VALUE).handler(this::tag);
    }

    private void tag(RoutingContext context) {
        String id = context.request().getHeader(HEADER);
        if (id == null || !ACCEPTED.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
        }
        MDC.put(MDC_KEY, id);
        // the server span began before this handler ran; a no-op when tracing is off
        Span.current().setAttribute(RequestIdSpans.ATTRIBUTE, id);
        context.response().putHeader(HEADER, id);
        context.next();
    }
}
