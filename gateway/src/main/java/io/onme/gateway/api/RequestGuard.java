package io.onme.gateway.api;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.onme.gateway.config.GatewayConfig;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Checks the envelope of a {@code /graphql} request before SmallRye GraphQL sees it (after authentication), so that
 * malformed requests get the gateway's error shape: a JSON body with a string {@code query}, a document that parses,
 * and for GET only queries (a link or a prefetch must never change data). Refusals are HTTP 400 or 405 with
 * {@code extensions.code} BAD_USER_INPUT.
 */
@Singleton
public class RequestGuard {

    /** Quarkus authenticates at route order -150 and SmallRye GraphQL's own route comes earlier than the defaults. */
    static final int AFTER_AUTHENTICATION = -100;

    /**
     * Clients send the same few documents over and over (a dashboard, a live analysis): a document that parsed once
     * is not parsed again here (graphql-java's own document cache still parses it once for execution). Bounded by
     * entries and document length; cleared as a whole when full.
     */
    static final int CACHED_DOCUMENTS = 500;
    static final int CACHED_DOCUMENT_CHARS = 8192;

    private final ParserOptions parserOptions;
    private final long maxRequestBytes;
    /** Parsed documents: whether every operation in them is a query (the GET rule). */
    private final Map<String, Boolean> onlyQueries = new ConcurrentHashMap<>();

    RequestGuard(GatewayConfig config) {
        this.maxRequestBytes = config.maxRequestBytes();
        this.parserOptions = ParserOptions.getDefaultParserOptions().transform(options -> options
                .maxTokens(config.maxTokens()).captureSourceLocation(true));
    }

    void register(@Observes Router router) {
        // reads the body once, bounded; SmallRye GraphQL's own body handler then sees it already read
        router.route("/graphql").order(AFTER_AUTHENTICATION)
                .handler(BodyHandler.create(false).setBodyLimit(maxRequestBytes))
                .handler(this::check);
    }

    private void check(RoutingContext context) {
        if (!(context.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous()) {
            // not authenticated: Quarkus answers 401 (see AuthFailureHandler) before anything else is said
            context.next();
            return;
        }
        HttpMethod method = context.request().method();
        String query;
        if (method == HttpMethod.GET) {
            query = context.request().getParam("query");
        } else if (method == HttpMethod.POST) {
            String type = context.request().getHeader("Content-Type");
            type = type == null ? "" : type.toLowerCase(Locale.ROOT);
            if (type.startsWith("application/graphql")) {
                query = context.body().asString();
            } else if (type.startsWith("application/json")) {
                JsonObject body;
                try {
                    body = context.body().asJsonObject();
                } catch (DecodeException | ClassCastException notAnObject) {
                    refuse(context, 400, "The body must be one JSON object: {\"query\": ..., \"variables\": {...}}");
                    return;
                }
                Object value = body == null ? null : body.getValue("query");
                if (value != null && !(value instanceof String)) {
                    refuse(context, 400, "query must be a string");
                    return;
                }
                Object variables = body == null ? null : body.getValue("variables");
                if (variables != null && !(variables instanceof JsonObject)) {
                    refuse(context, 400, "variables must be a JSON object");
                    return;
                }
                query = (String) value;
            } else {
                refuse(context, 415, "Send application/json (or application/graphql)");
                return;
            }
        } else {
            context.next();
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
                document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                        .parserOptions(parserOptions).build());
            } catch (InvalidSyntaxException syntax) {
                refuse(context, 400, syntaxMessage(syntax));
                return;
            } catch (RuntimeException unparseable) {
                refuse(context, 400, "The query cannot be parsed");
                return;
            }
            queriesOnly = document.getDefinitionsOfType(OperationDefinition.class).stream()
                    .allMatch(operation -> operation.getOperation() == OperationDefinition.Operation.QUERY);
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
        return location == null ? "Invalid GraphQL syntax"
                : "Invalid GraphQL syntax at line " + location.getLine() + ", column " + location.getColumn();
    }

    private static void refuse(RoutingContext context, int status, String message) {
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", "BAD_USER_INPUT"));
        context.response().setStatusCode(status)
                .putHeader("Content-Type", "application/graphql-response+json; charset=UTF-8")
                .end(new JsonObject().put("errors", new io.vertx.core.json.JsonArray().add(error))
                        .putNull("data").encode());
    }
}
