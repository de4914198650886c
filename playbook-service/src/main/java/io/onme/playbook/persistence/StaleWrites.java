package io.onme.playbook.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;

import io.onme.support.FailureProblems;
import io.onme.support.ProblemException;

/**
 * A write that lost the race on a playbook's version column (two edits at once) is a {@code
 * stale-revision} conflict, however the transaction wraps it, not a defect.
 */
@ApplicationScoped
public class StaleWrites implements FailureProblems {

    @Override
    public ProblemException problemFor(Throwable failure) {
        if (failure instanceof OptimisticLockException || failure instanceof StaleStateException) {
            return ProblemException.staleRevision(
                    "the playbook was changed by someone else; reload it and apply your edit again");
        }
        return null;
    }
}
