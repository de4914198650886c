package io.onme.gateway.client;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.onme.gateway.api.model.CoachingNote;
import io.onme.gateway.error.UnavailableException;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;

/**
 * journal-service behind a timeout and a circuit breaker; reads retried ({@code @Retry}, the policy is in
 * application.properties), writes never.
 */
@ApplicationScoped
@AsynchronousNonBlocking
@Timeout(1500)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        failOn = { UnavailableException.class, TimeoutException.class })
public class JournalBackend {

    private static final String SERVICE = "journal-service";

    @Inject
    @RestClient
    JournalClient client;

    public Uni<EncounterData> log(String authorization, LogEncounterRequest request) {
        return Backends.guard(client.log(authorization, request), SERVICE);
    }

    @Retry
    public Uni<EncounterData> encounter(String authorization, String id) {
        return Backends.guard(client.encounter(authorization, id), SERVICE);
    }

    @Retry
    public Uni<List<EncounterData>> batch(String authorization, List<String> ids) {
        return Backends.guard(client.batch(authorization, ids), SERVICE);
    }

    @Retry
    public Uni<PageData<EncounterData>> encounters(String authorization, EncounterQuery query, int limit,
            String after) {
        return Backends.guard(client.encounters(authorization, query.repId(), query.teamId(), query.customerId(),
                query.outcome(), query.stance(), query.archetype(), query.from(), query.to(), limit, after), SERVICE);
    }

    public Uni<EncounterData> update(String authorization, String id, UpdateEncounterRequest request) {
        return Backends.guard(client.update(authorization, id, request), SERVICE);
    }

    public Uni<CoachingNote> addNote(String authorization, String id, NoteRequest request) {
        return Backends.guard(client.addNote(authorization, id, request), SERVICE);
    }
}
