package io.onme.gateway.client;

import io.onme.gateway.api.model.CoachingNote;
import io.onme.gateway.api.model.EncounterData;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * journal-service behind a timeout and the caller's tenant's circuit breaker ({@link Backends});
 * reads retried ({@code @Retry}, the policy is in application.properties), writes never.
 */
@ApplicationScoped
@AsynchronousNonBlocking
public class JournalBackend {

    private static final String SERVICE = "journal-service";

    @Inject @RestClient JournalClient client;

    @Inject Backends backends;

    public Uni<EncounterData> log(Credentials caller, LogEncounterRequest request) {
        return backends.call(SERVICE, caller, () -> client.log(caller.authorization(), request));
    }

    @Retry
    public Uni<EncounterData> encounter(Credentials caller, String id) {
        return backends.call(SERVICE, caller, () -> client.encounter(caller.authorization(), id));
    }

    @Retry
    public Uni<List<EncounterData>> batch(Credentials caller, List<String> ids) {
        return backends.call(SERVICE, caller, () -> client.batch(caller.authorization(), ids));
    }

    @Retry
    public Uni<PageData<EncounterData>> encounters(
            Credentials caller, EncounterQuery query, int limit, String after) {
        return backends.call(
                SERVICE,
                caller,
                () ->
                        client.encounters(
                                caller.authorization(),
                                query.repId(),
                                query.teamId(),
                                query.customerId(),
                                query.outcome(),
                                query.stance(),
                                query.archetype(),
                                query.from(),
                                query.to(),
                                limit,
                                after));
    }

    public Uni<EncounterData> update(
            Credentials caller, String id, UpdateEncounterRequest request) {
        return backends.call(
                SERVICE, caller, () -> client.update(caller.authorization(), id, request));
    }

    public Uni<CoachingNote> addNote(Credentials caller, String id, NoteRequest request) {
        return backends.call(
                SERVICE, caller, () -> client.addNote(caller.authorization(), id, request));
    }
}
