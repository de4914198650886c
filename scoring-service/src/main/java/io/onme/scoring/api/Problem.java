package io.onme.scoring.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** RFC 9457 problem details, as every OnMe service answers errors. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://onme.io/problems/";

    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String slug, String title, String detail, List<FieldError> errors) {
        List<FieldError> fieldErrors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        return new Problem(TYPE_BASE + slug, title, status, detail, fieldErrors);
    }
}
