package io.onme.support;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * RFC 9457 problem details, the body of every error answer. {@code errors} is always present (empty
 * when no single field is at fault) so a client reads one shape.
 */
@RegisterForReflection
public record Problem(
        String type, String title, int status, String detail, List<FieldError> errors) {

    /**
     * One field at fault, named as the client wrote it: {@code steps[0].title}, {@code
     * customer.name}, {@code q}.
     */
    @RegisterForReflection
    public record FieldError(String field, String message) {
    }

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(ProblemType type, String detail, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, errors);
    }
}
