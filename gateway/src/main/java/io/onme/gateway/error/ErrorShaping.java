package io.onme.gateway.error;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.introspection.IntrospectionDisabledError;
import jakarta.ws.rs.ProcessingException;

/**
 * Rewrites every error of a result into the gateway's one shape: the client's message, the field path,
 * {@code extensions.code} (and {@code extensions.field} for bad input). Nothing of an exception (its class,
 * its message, its trace) reaches the client unless it is a {@link GatewayException}, whose message is
 * written for clients.
 */
public final class ErrorShaping {

    private static final Logger LOG = Logger.getLogger(ErrorShaping.class);
    /** Exception names, qualified Java names ({@code java.time.Foo}) and stack frames. */
    static final Pattern INTERNAL_LOOKING = Pattern
            .compile("Exception|Error:|\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Za-z_$][\\w$]*|\\bat [\\w$.]+\\(");

    /** The result with every error in the gateway's shape (the result itself when it has none). */
    public ExecutionResult shaped(ExecutionResult result) {
        if (result.getErrors().isEmpty()) {
            return result;
        }
        List<GraphQLError> shaped = new ArrayList<>(result.getErrors().size());
        for (GraphQLError error : result.getErrors()) {
            shaped.add(shape(error));
        }
        return result.transform(builder -> builder.errors(shaped));
    }

    static GraphQLError shape(GraphQLError error) {
        if (error instanceof ShapedError done) {
            // the gateway's own refusals (InputText) are written in this shape already
            return done;
        }
        String message;
        ErrorCode code;
        String field = null;
        if (error instanceof ExceptionWhileDataFetching fetching) {
            Throwable cause = unwrap(fetching.getException());
            if (cause instanceof GatewayException known) {
                code = known.code();
                message = known.getMessage();
                field = known.field();
            } else if (isUnavailable(cause)) {
                code = ErrorCode.UNAVAILABLE;
                message = "A backing service is unavailable; try again shortly";
            } else {
                LOG.errorf(cause, "unexpected failure at %s", fetching.getPath());
                code = ErrorCode.INTERNAL;
                message = "Internal error";
            }
        } else {
            code = codeOf(error);
            message = clientSafe(error.getMessage());
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        if (field != null) {
            extensions.put("field", field);
        }
        return new ShapedError(message, error.getLocations(), error.getPath(), extensions);
    }

    /**
     * graphql-java's own messages (syntax, validation, coercion) are meant for clients, but a coercion failure
     * may quote a Java exception: such a message is replaced.
     */
    static String clientSafe(String message) {
        if (message == null || INTERNAL_LOOKING.matcher(message).find()) {
            return "Invalid request";
        }
        return message;
    }

    /**
     * Errors graphql-java itself raises (syntax, validation, variable coercion, limits) are the client's input;
     * introspection where it is switched off is refused.
     */
    private static ErrorCode codeOf(GraphQLError error) {
        return error instanceof IntrospectionDisabledError ? ErrorCode.FORBIDDEN : ErrorCode.BAD_USER_INPUT;
    }

    private static boolean isUnavailable(Throwable cause) {
        return cause instanceof FaultToleranceException
                || cause instanceof ProcessingException
                || cause instanceof ConnectException
                || cause instanceof java.util.concurrent.TimeoutException
                || cause instanceof io.netty.channel.ConnectTimeoutException;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException
                || (current instanceof RuntimeException && current.getClass() == RuntimeException.class))
                && current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }
}
