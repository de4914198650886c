package io.onme.journal.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Every failure becomes application/problem+json, without stack traces or class names. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    static Response respond(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
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

    private static Response unauthenticated() {
        return respond(Problem.of(401, "unauthenticated", "Unauthenticated",
                "a valid bearer token with a tenant is required", null));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return respond(Problem.of(400, "invalid-input", "Invalid input", detail, errors));
    }

    /** "create.input.customer.name" → "customer.name"; a bare parameter keeps its own name. */
    private static String field(ConstraintViolation<?> violation) {
        List<String> bean = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                String name = node.getName();
                if (node.getIndex() != null && !bean.isEmpty()) {
                    int last = bean.size() - 1;
                    bean.set(last, bean.get(last) + "[" + node.getIndex() + "]");
                }
                if (name != null && !name.startsWith("<")) {
                    bean.add(name);
                }
            }
        }
        if (!bean.isEmpty()) {
            return String.join(".", bean);
        }
        return parameter != null ? parameter : "input";
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return respond(jsonProblem(e));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonParseException e) {
        return respond(jsonProblem(e));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonMappingException e) {
        return respond(jsonProblem(e));
    }

    @ServerExceptionMapper
    public Response unreadable(MismatchedInputException e) {
        return respond(jsonProblem(e));
    }

    @ServerExceptionMapper
    public Response unreadable(InvalidFormatException e) {
        return respond(jsonProblem(e));
    }

    static Problem jsonProblem(JsonProcessingException e) {
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping)) {
            return Problem.of(400, "unreadable-body", "Unreadable request body", "the request body is not valid JSON",
                    null);
        }
        String field = pathOf(mapping);
        if (field.isEmpty()) {
            field = "body";
        }
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants());
        } else if (e instanceof MismatchedInputException) {
            message = "has the wrong type or format";
        } else {
            message = "cannot be read";
        }
        return Problem.of(400, "unreadable-body", "Unreadable request body", field + " " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    // the JSON path of a mapping failure as the client wrote it: "customer.name", "tactics[0]"
    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse() != null ? e.getResponse().getStatus() : 500;
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(jsonProblem(json));
        }
        if (status >= 500) {
            LOG.error("request failed", e);
            return respond(Problem.of(status, "internal", "Internal error", "the request could not be completed",
                    null));
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        return respond(Problem.of(status, title.toLowerCase().replace(' ', '-'), title, title, null));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("unexpected failure", e);
        return respond(Problem.of(500, "internal", "Internal error", "the request could not be completed", null));
    }
}
