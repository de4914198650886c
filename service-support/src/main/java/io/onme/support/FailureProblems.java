package io.onme.support;

/**
 * A service's own failures that are not defects, seen anywhere in a failure's cause chain (a
 * persistence layer wraps them): playbook-service's optimistic lock is a {@code stale-revision},
 * for one. Implemented as a CDI bean in the service; {@link ProblemMappers} asks every one.
 */
public interface FailureProblems {

    /**
     * The problem this one link of a cause chain means, or null when it is none of this service's.
     */
    ProblemException problemFor(Throwable failure);
}
