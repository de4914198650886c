package io.onme.support;

import java.util.List;

/**
 * A rule broken by the request, answered as a {@link Problem}. Plain Java, so the domain and the
 * services throw it without depending on the web layer; {@link ProblemMappers} answers it.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.problem = Problem.of(type, detail, errors);
    }

    public Problem problem() {
        return problem;
    }

    /**
     * One field breaks a rule: "{field} {message}", e.g. "limit must be a whole number from 1 to
     * 100".
     */
    public static ProblemException badField(String field, String message) {
        return new ProblemException(
                ProblemType.INVALID_INPUT,
                field + " " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    /** Several fields break rules at once; the detail lists them. */
    public static ProblemException badFields(List<Problem.FieldError> errors) {
        return new ProblemException(ProblemType.INVALID_INPUT, detailOf(errors), errors);
    }

    /** One text rule broken in a field or parameter ({@link TextRules}). */
    public static ProblemException invalidText(String field, String message) {
        return new ProblemException(
                ProblemType.INVALID_TEXT,
                field + " " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " was not found", null);
    }

    /**
     * Only for a resource the caller can see but may not change; invisible ones are {@link
     * #notFound}.
     */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail, null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail, null);
    }

    public static ProblemException staleRevision(String detail) {
        return new ProblemException(ProblemType.STALE_REVISION, detail, null);
    }

    static String detailOf(List<Problem.FieldError> errors) {
        StringBuilder detail = new StringBuilder();
        for (Problem.FieldError error : errors) {
            if (!detail.isEmpty()) {
                detail.append("; ");
            }
            detail.append(error.field()).append(' ').append(error.message());
        }
        return detail.toString();
    }
}
