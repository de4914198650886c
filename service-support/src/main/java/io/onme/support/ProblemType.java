package io.onme.support;

import java.util.Locale;

/**
 * The one catalogue of problem types every OnMe service answers with: the same failure has the same
 * slug, status and title everywhere ({@code type} is {@code https://onme.io/problems/<slug>}).
 * docs/service-apis.md publishes this table; change both together.
 */
public enum ProblemType {

    /** A field breaks a rule; {@code errors[].field} names it. */
    INVALID_INPUT(400, "invalid-input", "Invalid input"),
    /** A text rule ({@link TextRules}) is broken in a body field, path or query parameter. */
    INVALID_TEXT(400, TextRules.SLUG, "Invalid text"),
    /** The body is not JSON, not UTF-8, or a field has the wrong type or an unknown value. */
    UNREADABLE_BODY(400, "unreadable-body", "Unreadable request body"),
    /** No token, or one that fails verification or a token rule. */
    UNAUTHENTICATED(401, "unauthenticated", "Unauthenticated"),
    /** A visible resource the caller may not change (invisible ones are {@link #NOT_FOUND}). */
    FORBIDDEN(403, "forbidden", "Forbidden"),
    /** Absent, or not visible to the caller. */
    NOT_FOUND(404, "not-found", "Not found"),
    /** {@code expectedRevision} (or a concurrent edit) is not the current revision. */
    STALE_REVISION(409, "stale-revision", "Conflict"),
    /** Any other conflict with the resource's state. */
    CONFLICT(409, "conflict", "Conflict"),
    /** A defect; the detail never says more than that. */
    INTERNAL(500, "internal", "Internal error");

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://onme.io/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
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

    /**
     * The type URI of an answer the framework gives itself (405, 406, 415 …): its reason phrase as
     * a slug.
     */
    public static String uriForStatus(String reasonPhrase) {
        return TYPE_BASE + reasonPhrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    public String uri() {
        return TYPE_BASE + slug;
    }
}
