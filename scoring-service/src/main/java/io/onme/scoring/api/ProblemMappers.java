package io.onme.scoring.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error leaves as application/problem+json, without stack traces or class names.
 * Not-permitted answers 404 like absent data, so existence is never revealed.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(404, "not-found", "Not found", "no such resource", null));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toCollection(ArrayList::new));
        return respond(Problem.of(400, "invalid-input", "Invalid input",
                errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; ")), errors));
    }

    @ServerExceptionMapper
    public Response unreadable(InvalidFormatException e) {
        return badJson(e);
    }

    @ServerExceptionMapper
    public Response unreadable(UnrecognizedPropertyException e) {
        return badJson(e);
    }

    @ServerExceptionMapper
    public Response unreadable(MismatchedInputException e) {
        return badJson(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonMappingException e) {
        return badJson(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return badJson(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 403) {
            return forbidden(null);
        }
        if (status == 401) {
            return unauthorized();
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return badJson(json);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        String detail = status == 404 ? "no such resource" : title;
        return respond(Problem.of(status, slug(title), title, detail, null));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected failure", e);
        return respond(Problem.of(500, "internal", "Internal error", "the request could not be completed", null));
    }

    private static Response badJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : null;
        String message = e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()
                ? "unknown value; expected one of " + List.of(invalid.getTargetType().getEnumConstants())
                : e instanceof UnrecognizedPropertyException ? "unknown field"
                : field == null ? "the body is not valid JSON" : "wrong type or format";
        List<Problem.FieldError> errors = field == null ? null : List.of(new Problem.FieldError(field, message));
        return respond(Problem.of(400, "unreadable-body", "Unreadable request body",
                field == null ? message : field + ": " + message, errors));
    }

    private static String pathOf(JsonMappingException e) {
        if (e.getPath() == null || e.getPath().isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** "put.request.dealValue.amount" → "dealValue.amount": the bean path names the field for the client. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> properties = new ArrayList<>();
        String last = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() == null) {
                continue;
            }
            last = node.getName();
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                properties.add(node.getName());
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return last == null ? "request" : last;
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private static Response unauthorized() {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(401, "unauthenticated", "Unauthenticated",
                        "a valid bearer token with a tenant is required", null))
                .build();
    }

    static Response respond(Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }
}
