package io.onme.gateway.error;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.introspection.IntrospectionDisabledError;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;

/**
 * Rewrites every error of a result into the gateway's one shape: the client's message, the field
 * path, {@code extensions.code} (and {@code extensions.field} for bad input). Nothing of an
 * exception (its class, its message, its trace) reaches the client unless it is a {@link
 * GatewayException}, whose message is written for clients.
 */
public final class ErrorShaping {

    private static final Logger LOG = Logger.getLogger(ErrorShaping.class);

    /** Exception names, qualified Java names ({@code java.time.Foo}) and stack frames. */
    static final Pattern INTERNAL_LOOKING = Pattern.compile(
            "Exception|Error:|\\b(?:[a-z][a-z0-9_]*\\.){2,}"
                    + "[A-Za-z_$][\\w$]*|\\bat [\\w$.]+\\(|[A-Z][A-Za-z]*Value\\{|SRGQL\\d|Unknown Scalar Type");

    /** The result with every error in the gateway's shape (the result itself when it has none). */
    public ExecutionResult shaped(ExecutionResult result) {
        if (result.getErrors().isEmpty()) {
            return result;
        }
        List<GraphQLError> errors = result.getErrors();
        List<GraphQLError> shaped = new ArrayList<>(errors.size());
        for (GraphQLError error : errors) {
            if (error instanceof NonNullableFieldWasNullError
                    && explainedElsewhere(error, errors)) {
                // only the consequence of the error that explains it (a refused argument, an
                // unavailable
                // service): graphql-java's null-bubbling text would tell the client nothing more
                continue;
            }
            shaped.add(shape(error));
        }
        return result.transform(builder -> builder.errors(shaped));
    }

    /**
     * Whether another error of the result explains this null: one at the same field or below it, or
     * one about the request itself (no path: an argument SmallRye could not convert when the field
     * was fetched).
     */
    private static boolean explainedElsewhere(GraphQLError error, List<GraphQLError> errors) {
        List<Object> path = error.getPath();
        for (GraphQLError other : errors) {
            if (other == error || other instanceof NonNullableFieldWasNullError) {
                continue;
            }
            List<Object> at = other.getPath();
            if (at == null
                    || path != null
                            && at.size() >= path.size()
                            && at.subList(0, path.size()).equals(path)) {
                return true;
            }
        }
        return false;
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
            } else if (cause instanceof CoercingParseLiteralException
                    || cause instanceof CoercingParseValueException) {
                // SmallRye converts an argument's value when the field is fetched: a value of the
                // wrong shape (a
                // float or a 400-digit number for an Int) fails there, and it is the caller's
                code = ErrorCode.BAD_USER_INPUT;
                message = "An argument of "
                        + String.join(
                                "/",
                                fetching.getPath().stream().map(String::valueOf).toList())
                        + " has a value its type does not accept";
            } else {
                LOG.errorf(cause, "unexpected failure at %s", fetching.getPath());
                code = ErrorCode.INTERNAL;
                message = "Internal error";
            }
        } else if (error instanceof NonNullableFieldWasNullError) {
            // a non-null field came back null with nothing to explain it: a defect somewhere, not
            // the client's
            LOG.errorf("a non-null field was null: %s", error.getMessage());
            code = ErrorCode.INTERNAL;
            message = "Internal error";
        } else {
            code = codeOf(error);
            message = clientSafe(error.getMessage());
            field = code == ErrorCode.BAD_USER_INPUT
                    ? ClientMessages.fieldOf(error.getMessage())
                    : null;
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        if (field != null) {
            extensions.put("field", field);
        }
        return new ShapedError(message, error.getLocations(), error.getPath(), extensions);
    }

    /**
     * graphql-java's own messages (syntax, validation, coercion) are meant for clients, but they
     * print the arguments' values as their syntax tree ({@code StringValue{value='abc'}}), scalars'
     * internal codes and Java types: {@link ClientMessages} rewrites them, and what still looks
     * internal is replaced.
     */
    static String clientSafe(String message) {
        String rewritten = message == null ? null : ClientMessages.rewrite(message);
        if (rewritten == null || INTERNAL_LOOKING.matcher(rewritten).find()) {
            return "Invalid request";
        }
        return rewritten;
    }

    /**
     * Errors graphql-java itself raises (syntax, validation, variable coercion, limits) are the
     * client's input; introspection where it is switched off is refused.
     */
    private static ErrorCode codeOf(GraphQLError error) {
        return error instanceof IntrospectionDisabledError
                ? ErrorCode.FORBIDDEN
                : ErrorCode.BAD_USER_INPUT;
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
        while ((current instanceof CompletionException
                || current instanceof ExecutionException
                || (current instanceof RuntimeException
                        && current.getClass() == RuntimeException.class))
                && current.getCause() != null
                && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }
}
