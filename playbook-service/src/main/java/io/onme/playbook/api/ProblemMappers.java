package io.onme.playbook.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.onme.playbook.domain.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Every failure leaves as application/problem+json; no stack traces, no class names. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(Problem problem) {
        Response.ResponseBuilder builder = respond(ProblemDetail.of(problem.status(), problem.slug(), problem.title(),
                problem.getMessage(), problem.errors().stream()
                        .map(e -> new ProblemDetail.FieldError(e.field(), e.message())).toList()));
        if (problem.status() == 401) {
            return unauthenticated();
        }
        return builder.build();
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
        // role checks at the edge: not revealing whether anything exists
        return respond(ProblemDetail.of(404, "not-found", "Not found", "the resource was not found", null)).build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<ProblemDetail.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new ProblemDetail.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(ProblemDetail.FieldError::field))
                .toList();
        return respond(ProblemDetail.of(400, "invalid-input", "Invalid input",
                errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; ")),
                errors)).build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response badJson(JsonProcessingException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response badJson(JsonParseException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response badJson(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response badJson(InvalidFormatException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response conflict(OptimisticLockException e) {
        return staleRevision();
    }

    @ServerExceptionMapper
    public Response conflict(StaleStateException e) {
        return staleRevision();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json);
        }
        if (status == 404) {
            return respond(ProblemDetail.of(404, "not-found", "Not found", "no such resource", null)).build();
        }
        if (status >= 500) {
            return unexpected(e);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Request failed";
        String slug = title.toLowerCase().replace(' ', '-');
        return respond(ProblemDetail.of(status, slug, title, title, null)).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        // a persistence failure wrapping a stale update is still a conflict
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof OptimisticLockException || c instanceof StaleStateException) {
                return staleRevision();
            }
            if (c instanceof Problem p) {
                return problem(p);
            }
        }
        LOG.error("unexpected failure", e);
        return respond(ProblemDetail.of(500, "internal", "Internal error", "the request could not be completed", null))
                .build();
    }

    private static Response staleRevision() {
        return respond(ProblemDetail.of(409, "stale-revision", "Conflict",
                "the playbook was changed by someone else; reload it and apply your edit again", null)).build();
    }

    private static Response unreadable(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? fieldOf(mapping) : null;
        String message = e instanceof InvalidFormatException ? "has a value that is not allowed"
                : e instanceof MismatchedInputException ? "has the wrong type" : "is not valid JSON";
        List<ProblemDetail.FieldError> errors = field == null ? List.of()
                : List.of(new ProblemDetail.FieldError(field, message));
        return respond(ProblemDetail.of(400, "unreadable-body", "Invalid input",
                field == null ? "the request body is not valid JSON" : field + " " + message, errors)).build();
    }

    // the JSON path of a mapping failure as the client wrote it: "steps[0].title"
    private static String fieldOf(JsonMappingException e) {
        if (e.getPath() == null || e.getPath().isEmpty()) {
            return null;
        }
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    // one answer for every token failure, the same in every service: which rule failed is not the caller's business
    private static Response unauthenticated() {
        return respond(ProblemDetail.of(401, "unauthenticated", "Unauthenticated",
                "a valid bearer token with a tenant is required", null))
                .header("WWW-Authenticate", "Bearer").build();
    }

    private static Response.ResponseBuilder respond(ProblemDetail body) {
        return Response.status(body.status()).type(ProblemDetail.MEDIA_TYPE).entity(body);
    }

    // "create.body.steps[0].title" -> "steps[0].title": the method and parameter names are not the client's business
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder out = new StringBuilder();
        String parameter = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == jakarta.validation.ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT && node.getName() == null) {
                continue;
            }
            if (node.getIndex() != null && out.length() > 0) {
                // the index belongs to the container just printed
                out.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        return out.length() == 0 ? parameter : out.toString();
    }
}
