package io.onme.playbook.domain;

import java.util.List;

/**
 * A rule violation that the edge answers as an RFC 9457 problem. Thrown by the domain and the
 * services; the API layer maps it (no framework types here so the rules stay testable alone).
 */
public class Problem extends RuntimeException {

    /** One invalid input field. */
    public record FieldError(String field, String message) {
    }

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;

    public Problem(int status, String slug, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem badRequest(String field, String message) {
        return new Problem(400, "invalid-input", "Invalid input", field + " " + message,
                List.of(new FieldError(field, message)));
    }

    public static Problem badRequest(String detail) {
        return new Problem(400, "invalid-input", "Invalid input", detail, List.of());
    }

    public static Problem notFound(String what) {
        return new Problem(404, "not-found", "Not found", what + " was not found", List.of());
    }

    /** Only for a resource the caller can see but may not change; invisible ones are 404. */
    public static Problem forbidden(String detail) {
        return new Problem(403, "forbidden", "Forbidden", detail, List.of());
    }

    public static Problem conflict(String slug, String detail) {
        return new Problem(409, slug, "Conflict", detail, List.of());
    }

    public static Problem unauthorized(String detail) {
        return new Problem(401, "unauthenticated", "Unauthenticated", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
