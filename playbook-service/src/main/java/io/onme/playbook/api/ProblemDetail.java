package io.onme.playbook.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/** RFC 9457 problem details, as every error of this service is answered. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetail(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://onme.io/problems/";

    @RegisterForReflection
    public record FieldError(String field, String message) {
    }

    public static ProblemDetail of(int status, String slug, String title, String detail, List<FieldError> errors) {
        return new ProblemDetail(TYPE_BASE + slug, title, status, detail, errors == null ? List.of() : errors);
    }
}
