package io.onme.gateway.client;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.onme.gateway.error.ErrorCode;
import io.onme.gateway.error.GatewayException;
import io.onme.gateway.error.UnavailableException;

/**
 * Turns a service's error answer (problem details) into a {@link GatewayException} the client may
 * see: only the status and the offending field travel on, never the service's own wording of
 * internals.
 */
public class BackendErrorMapper implements ResponseExceptionMapper<GatewayException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A service's field message that names Java types or exceptions is not passed on. */
    private static final java.util.regex.Pattern INTERNAL_LOOKING = java.util.regex.Pattern.compile(
            "Exception|\\b[a-z]+\\.[a-z]+\\.[a-zA-Z]|\\bat [a-z]+\\.|`");

    @Override
    public GatewayException toThrowable(Response response) {
        int status = response.getStatus();
        return switch (status) {
            case 400, 413, 422 -> badInput(response);
            case 401 -> new GatewayException(ErrorCode.UNAUTHENTICATED, "Not authenticated");
            case 403 -> forbidden(response);
            case 404 -> GatewayException.notFound();
            case 409 ->
                new GatewayException(
                        ErrorCode.CONFLICT,
                        "Conflict: the data changed since it was read, or its state does not allow this");
            default ->
                status >= 400 && status < 500
                        ? new GatewayException(ErrorCode.BAD_USER_INPUT, "Request refused")
                        : new UnavailableException("A backing service");
        };
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    /**
     * The one refusal whose reason the client needs to act on: corrections are exported only with
     * the tenant's training consent (scoring-service's {@code consent-required} problem).
     */
    private static GatewayException forbidden(Response response) {
        try {
            String type = JSON.readTree(response.readEntity(String.class)).path("type").asText("");
            if (type.endsWith("/consent-required")) {
                return new GatewayException(
                        ErrorCode.FORBIDDEN,
                        "Not permitted: the tenant has not consented to exporting corrections (trainingConsent)");
            }
        } catch (RuntimeException | java.io.IOException unreadable) {
            // no usable problem body: the generic refusal
        }
        return new GatewayException(ErrorCode.FORBIDDEN, "Not permitted");
    }

    private static GatewayException badInput(Response response) {
        String field = null;
        String message = null;
        try {
            String body = response.readEntity(String.class);
            JsonNode errors = JSON.readTree(body).path("errors");
            if (errors.isArray() && !errors.isEmpty()) {
                field = textOrNull(errors.get(0).path("field"));
                message = textOrNull(errors.get(0).path("message"));
            }
        } catch (RuntimeException | java.io.IOException unreadable) {
            // no usable problem body: the generic message below is all the client gets
        }
        if (field == null) {
            return new GatewayException(ErrorCode.BAD_USER_INPUT, "Invalid input");
        }
        boolean plain = message != null
                && !INTERNAL_LOOKING.matcher(message).find()
                && message.length() <= 300;
        return GatewayException.badInput(
                field, "Invalid input: " + field + (plain ? " " + message : ""));
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
