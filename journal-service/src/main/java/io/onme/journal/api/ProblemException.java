package io.onme.journal.api;

import java.util.List;

/** A failure that answers as a problem-details response. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", what + " was not found", null));
    }

    public static ProblemException badRequest(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(Problem.of(400, "invalid-input", "Invalid input", detail, errors));
    }

    public static ProblemException badField(String field, String message) {
        return badRequest(field + " " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "conflict", "Conflict", detail, null));
    }

    /** The encounter changed since the revision the client read (the slug every service uses for it). */
    public static ProblemException staleRevision(String detail) {
        return new ProblemException(Problem.of(409, "stale-revision", "Conflict", detail, null));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail, null));
    }
}
