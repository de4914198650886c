package io.onme.gateway.security;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request to {@code /graphql} without a valid token (missing, expired, wrong issuer or signature,
 * {@code alg: none}, no {@code tid}) is answered HTTP 401 with a GraphQL-shaped body, so GraphQL
 * clients read it like any other error: {@code
 * {"errors":[{"message":...,"extensions":{"code":"UNAUTHENTICATED"}}]}}.
 */
@Singleton
public class AuthFailureHandler {

    static final String BODY = "{\"errors\":[{\"message\":\"Authentication required: send a valid bearer token\","
            + "\"extensions\":{\"code\":\"UNAUTHENTICATED\"}}],\"data\":null}";

    void register(@Observes Router router) {
        router.route("/graphql*").order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        Throwable failure = context.failure();
        boolean unauthenticated = failure instanceof AuthenticationFailedException
                || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException
                || context.statusCode() == 401;
        if (!unauthenticated
                || failure instanceof AuthenticationRedirectException
                || context.response().ended()) {
            context.next();
            return;
        }
        unauthenticated(context);
    }

    static void unauthenticated(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        context.response()
                .setStatusCode(401)
                .putHeader(
                        HttpHeaders.CONTENT_TYPE,
                        "application/graphql-response+json; charset=UTF-8")
                .putHeader("WWW-Authenticate", "Bearer")
                .end(BODY);
    }
}
