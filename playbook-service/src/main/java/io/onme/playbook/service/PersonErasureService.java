package io.onme.playbook.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.onme.playbook.persistence.PersonErasureRepository;
import io.onme.support.Caller;
import io.onme.support.ProblemException;

/**
 * A person's erasure, as journal-service delivers it (a service token of the tenant) or an admin
 * asks for it: their author fields become "erased". Idempotent: a repeat finds nothing to change.
 */
@ApplicationScoped
public class PersonErasureService {

    private final PersonErasureRepository repository;
    private final MeterRegistry metrics;

    PersonErasureService(PersonErasureRepository repository, MeterRegistry metrics) {
        this.repository = repository;
        this.metrics = metrics;
    }

    @Transactional
    public PersonErasureRepository.Erased erase(Caller caller, String personId) {
        if (!caller.isService() && !caller.isAdmin()) {
            throw ProblemException.forbidden("only an admin or a service erases a person");
        }
        if (personId == null || personId.isBlank()) {
            throw ProblemException.badField("personId", "must not be blank");
        }
        PersonErasureRepository.Erased erased = repository.erase(caller.tenantId(), personId);
        metrics.counter("playbook.people.erased").increment();
        return erased;
    }
}
