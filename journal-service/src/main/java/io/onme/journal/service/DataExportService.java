package io.onme.journal.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.onme.journal.persistence.EncounterRepository;
import io.onme.support.Caller;

/** A person's own data in the journal: every encounter they logged, with the notes on it. */
@ApplicationScoped
public class DataExportService {

    @Inject
    EncounterRepository encounters;

    public List<EncounterView> ownEncounters(Caller caller) {
        return encounters.allOwnedBy(caller).stream().map(EncounterMapper::toView).toList();
    }
}
