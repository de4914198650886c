package io.onme.gateway.client;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.onme.gateway.api.model.CoachingNote;
import io.onme.gateway.api.model.EncounterData;
import io.onme.gateway.api.model.Erasure;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;

/**
 * journal-service behind a timeout and the caller's tenant's circuit breaker ({@link Backends});
 * reads retried ({@code @Retry}, the policy is in application.properties), writes never.
 */
@ApplicationScoped
@AsynchronousNonBlocking
public class JournalBackend {

    private static final String SERVICE = "journal-service";

    @Inject
    @RestClient
    JournalClient client;

    @Inject
    Backends backends;

    @Inject
    ServiceJson json;

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
                () -> client.encounters(
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

    // data rights

    @Retry
    public Uni<RetentionData> retention(Credentials caller) {
        return backends.call(SERVICE, caller, () -> client.retention(caller.authorization()));
    }

    public Uni<RetentionData> updateRetention(Credentials caller, RetentionData request) {
        return backends.call(
                SERVICE, caller, () -> client.updateRetention(caller.authorization(), request));
    }

    public Uni<RetentionRunData> runRetention(Credentials caller) {
        return backends.call(SERVICE, caller, () -> client.runRetention(caller.authorization()));
    }

    public Uni<Erasure> erase(Credentials caller, ErasureRequest request) {
        return backends.call(SERVICE, caller, () -> client.erase(caller.authorization(), request));
    }

    @Retry
    public Uni<List<Erasure>> erasures(Credentials caller, int limit) {
        return backends.call(
                SERVICE,
                caller,
                () -> client.erasures(caller.authorization(), limit)
                        .map(answer -> json.list(answer, Erasure.class)));
    }

    @Retry
    public Uni<Erasure> erasure(Credentials caller, String id) {
        return backends.call(SERVICE, caller, () -> client.erasure(caller.authorization(), id));
    }

    @Retry
    public Uni<JsonNode> export(Credentials caller) {
        return backends.call(SERVICE, caller, () -> client.export(caller.authorization()));
    }
}
