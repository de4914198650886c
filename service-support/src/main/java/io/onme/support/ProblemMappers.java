package io.onme.support;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every failure leaves as {@code application/problem+json} with a type of {@link ProblemType}; no
 * stack traces, no class names, no engine messages. What a caller may not see answers 404 like what
 * does not exist, and every token failure answers the same 401, whichever rule failed.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final Instance<FailureProblems> failures;

    ProblemMappers(Instance<FailureProblems> failures) {
        this.failures = failures;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        // a role check at the edge: not revealing whether anything exists
        return notFound();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(
                        Comparator.comparing(Problem.FieldError::field)
                                .thenComparing(Problem.FieldError::message))
                .toList();
        return respond(ProblemException.badFields(errors).problem());
    }

    // priority 1: before the mappers quarkus-rest-jackson brings for some of these
    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonProcessingException e) {
        return respond(unreadableBody(e));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonParseException e) {
        return respond(unreadableBody(e));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonMappingException e) {
        return respond(unreadableBody(e));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(MismatchedInputException e) {
        return respond(unreadableBody(e));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(InvalidFormatException e) {
        return respond(unreadableBody(e));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(UnrecognizedPropertyException e) {
        return respond(unreadableBody(e));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(unreadableBody(json));
        }
        if (status == 401) {
            return unauthenticated();
        }
        if (status == 403 || status == 404) {
            return notFound();
        }
        if (status >= 500) {
            return unexpected(e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request failed";
        return respond(new Problem(ProblemType.uriForStatus(title), title, status, title, null));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        // a rule broken deep down, or a service's known failure, may arrive wrapped
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return respond(problem.problem());
            }
            for (FailureProblems known : failures) {
                ProblemException problem = known.problemFor(cause);
                if (problem != null) {
                    return respond(problem.problem());
                }
            }
        }
        LOG.error("unexpected failure", e);
        return respond(
                Problem.of(ProblemType.INTERNAL, "the request could not be completed", null));
    }

    /** The one answer for every token failure: which rule failed is not the caller's business. */
    public static Response unauthenticated() {
        return respond(
                Problem.of(
                        ProblemType.UNAUTHENTICATED,
                        "a valid bearer token with a tenant is required",
                        null));
    }

    private static Response notFound() {
        return respond(Problem.of(ProblemType.NOT_FOUND, "no such resource", null));
    }

    public static Response respond(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(ProblemType.MEDIA_TYPE).entity(problem);
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    static Problem unreadableBody(JsonProcessingException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                // a value type refused its input while being read: that rule's own answer
                return problem.problem();
            }
        }
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping)) {
            return Problem.of(
                    ProblemType.UNREADABLE_BODY, "the request body is not valid JSON", null);
        }
        String field = pathOf(mapping);
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (e instanceof InvalidFormatException format
                && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants());
        } else if (e instanceof MismatchedInputException) {
            message = "has the wrong type or format";
        } else {
            message = "cannot be read";
        }
        return Problem.of(
                ProblemType.UNREADABLE_BODY,
                field + " " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    // the JSON path of a mapping failure as the client wrote it: "customer.name", "steps[0].title"
    private static String pathOf(JsonMappingException e) {
        if (e.getPath() == null || e.getPath().isEmpty()) {
            return "body";
        }
        String path = e.getPath().stream()
                .map(
                        ref -> ref.getFieldName() != null
                                ? ref.getFieldName()
                                : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.startsWith("[") ? "body" + path : path;
    }

    // "create.body.steps[0].title" -> "steps[0].title": the method and parameter names are not the
    // client's
    // business, but a bare parameter ("limit") keeps its own name
    static String field(ConstraintViolation<?> violation) {
        StringBuilder out = new StringBuilder();
        String parameter = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.METHOD
                    || (node.getKind() == ElementKind.CONTAINER_ELEMENT
                            && node.getName() == null)) {
                continue;
            }
            if (node.getIndex() != null && !out.isEmpty()) {
                // the index belongs to the container just printed
                out.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        return out.isEmpty() ? parameter : out.toString();
    }
}
