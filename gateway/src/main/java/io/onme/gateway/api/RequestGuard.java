package io.onme.gateway.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.onme.gateway.config.GatewayConfig;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Checks the envelope of a {@code /graphql} request before SmallRye GraphQL sees it (after
 * authentication), so that malformed requests get the gateway's error shape instead of SmallRye's
 * or the framework's: the envelope as {@link Envelope} reads it (strict UTF-8 and JSON, fields of
 * the right types), a document that parses, and for GET only queries (a link or a prefetch must
 * never change data). Refusals are HTTP 400 (unparseable, as the GraphQL-over-HTTP spec has it),
 * 405 (method) or 415 (content type), each with {@code extensions.code} BAD_USER_INPUT.
 */
@Singleton
public class RequestGuard {

    private static final Logger LOG = Logger.getLogger(RequestGuard.class);

    /**
     * Quarkus authenticates at route order -150 and SmallRye GraphQL's own route comes earlier than
     * the defaults.
     */
    static final int AFTER_AUTHENTICATION = -100;

    /**
     * Clients send the same few documents over and over (a dashboard, a live analysis): a document
     * that parsed once is not parsed again here (graphql-java's own document cache still parses it
     * once for execution). Bounded by entries and document length; cleared as a whole when full.
     */
    static final int CACHED_DOCUMENTS = 500;

    static final int CACHED_DOCUMENT_CHARS = 8192;

    private final ParserOptions parserOptions;
    private final long maxRequestBytes;

    /** Parsed documents: whether every operation in them is a query (the GET rule). */
    private final Map<String, Boolean> onlyQueries = new ConcurrentHashMap<>();

    RequestGuard(GatewayConfig config) {
        this.maxRequestBytes = config.maxRequestBytes();
        this.parserOptions = ParserOptions.getDefaultParserOptions()
                .transform(
                        options -> options.maxTokens(config.maxTokens())
                                .captureSourceLocation(true));
    }

    void register(@Observes Router router) {
        // reads the body once, bounded; SmallRye GraphQL's own body handler then sees it already
        // read
        router.route("/graphql")
                .order(AFTER_AUTHENTICATION)
                .handler(BodyHandler.create(false).setBodyLimit(maxRequestBytes))
                .handler(this::check);
        // after AuthFailureHandler (401s): whatever else fails on /graphql (a body over the limit,
        // a defect) is
        // answered in the gateway's shape, never with the framework's error page or a stack trace
        router.route("/graphql*").order(Integer.MIN_VALUE + 1).failureHandler(this::failed);
    }

    private void failed(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        int status = context.statusCode() >= 400 ? context.statusCode() : 500;
        if (status == 413) {
            refuse(context, 413, "The request is larger than " + maxRequestBytes / 1024 + " KiB");
        } else if (status < 500) {
            refuse(context, status, "The request cannot be read");
        } else {
            LOG.errorf(
                    context.failure(),
                    "unexpected failure of %s %s",
                    context.request().method(),
                    context.request().path());
            respond(context, status, "Internal error", "INTERNAL");
        }
    }

    private void check(RoutingContext context) {
        if (!(context.user() instanceof QuarkusHttpUser user)
                || user.getSecurityIdentity().isAnonymous()) {
            // not authenticated: Quarkus answers 401 (see AuthFailureHandler) before anything else
            // is said
            context.next();
            return;
        }
        HttpMethod method = context.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.POST) {
            context.response().putHeader("Allow", "GET, POST");
            refuse(context, 405, "Send GraphQL requests with POST (or queries with GET)");
            return;
        }
        String query;
        try {
            // SmallRye reads the URL's parameters for either method: they are held to the same
            // rules
            Map<String, String> parameters = Envelope.parameters(context.request().query());
            if (method == HttpMethod.GET) {
                query = parameters.get("query");
            } else {
                query = Envelope.ofBody(
                        context.request().getHeader("Content-Type"),
                        context.body().buffer());
            }
        } catch (Envelope.Refusal refusal) {
            refuse(context, refusal.status(), refusal.getMessage());
            return;
        }
        if (query == null || query.isBlank()) {
            refuse(context, 400, "The request has no query");
            return;
        }
        Boolean queriesOnly = onlyQueries.get(query);
        if (queriesOnly == null) {
            Document document;
            try {
                document = Parser.parse(
                        ParserEnvironment.newParserEnvironment()
                                .document(query)
                                .parserOptions(parserOptions)
                                .build());
            } catch (InvalidSyntaxException syntax) {
                refuse(context, 400, syntaxMessage(syntax));
                return;
            } catch (RuntimeException unparseable) {
                refuse(context, 400, "The query cannot be parsed");
                return;
            }
            queriesOnly = document.getDefinitionsOfType(OperationDefinition.class).stream()
                    .allMatch(
                            operation -> operation.getOperation() == OperationDefinition.Operation.QUERY);
            remember(query, queriesOnly);
        }
        if (method == HttpMethod.GET && !queriesOnly) {
            context.response().putHeader("Allow", "POST");
            refuse(context, 405, "Only queries may be sent with GET; send mutations with POST");
            return;
        }
        context.next();
    }

    private void remember(String query, boolean queriesOnly) {
        if (query.length() > CACHED_DOCUMENT_CHARS) {
            return;
        }
        if (onlyQueries.size() >= CACHED_DOCUMENTS) {
            onlyQueries.clear();
        }
        onlyQueries.put(query, queriesOnly);
    }

    private static String syntaxMessage(InvalidSyntaxException syntax) {
        var location = syntax.getLocation();
        return location == null
                ? "Invalid GraphQL syntax"
                : "Invalid GraphQL syntax at line "
                        + location.getLine()
                        + ", column "
                        + location.getColumn();
    }

    private static void refuse(RoutingContext context, int status, String message) {
        respond(context, status, message, "BAD_USER_INPUT");
    }

    private static void respond(RoutingContext context, int status, String message, String code) {
        JsonObject error = new JsonObject()
                .put("message", message)
                .put("extensions", new JsonObject().put("code", code));
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/graphql-response+json; charset=UTF-8")
                .end(
                        new JsonObject()
                                .put("errors", new io.vertx.core.json.JsonArray().add(error))
                                .putNull("data")
                                .encode());
    }
}
