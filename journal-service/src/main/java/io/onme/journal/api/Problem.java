package io.onme.journal.api;

import java.util.List;

/** RFC 9457 problem details, as every OnMe service answers errors. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://onme.io/problems/";

    public static Problem of(int status, String slug, String title, String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + slug, title, status, detail, errors == null ? List.of() : List.copyOf(errors));
    }

    public record FieldError(String field, String message) {
    }
}
