package io.onme.gateway.client;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.onme.gateway.api.model.PlaybookData;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;

/**
 * playbook-service behind a timeout and the caller's tenant's circuit breaker ({@link Backends});
 * reads are retried ({@code @Retry}, the policy is in application.properties), writes never (a
 * create that timed out may have happened).
 */
@ApplicationScoped
@AsynchronousNonBlocking
public class PlaybookBackend {

    private static final String SERVICE = "playbook-service";

    @Inject
    @RestClient
    PlaybookClient client;

    @Inject
    Backends backends;

    @Retry
    public Uni<List<ArchetypeData>> archetypes(Credentials caller) {
        return backends.call(SERVICE, caller, () -> client.archetypes(caller.authorization()));
    }

    @Retry
    public Uni<PageData<PlaybookData>> playbooks(
            Credentials caller,
            String archetype,
            String language,
            String status,
            String teamId,
            String q,
            int limit,
            String after) {
        return backends.call(
                SERVICE,
                caller,
                () -> client.playbooks(
                        caller.authorization(),
                        archetype,
                        language,
                        status,
                        teamId,
                        q,
                        limit,
                        after));
    }

    @Retry
    public Uni<PlaybookData> playbook(Credentials caller, String id) {
        return backends.call(SERVICE, caller, () -> client.playbook(caller.authorization(), id));
    }

    @Retry
    public Uni<List<PlaybookData>> batch(Credentials caller, List<String> ids) {
        return backends.call(SERVICE, caller, () -> client.batch(caller.authorization(), ids));
    }

    /**
     * A POST, but a pure read: safe to retry. With {@code contentNeeded} false the playbooks come
     * without stance, steps and phrases (playbook-service's {@code view=summary}), a twentieth of
     * the bytes.
     */
    @Retry
    public Uni<SuggestionsResponse> suggestions(
            Credentials caller, SuggestionsRequest request, boolean contentNeeded) {
        return backends.call(
                SERVICE,
                caller,
                () -> client.suggestions(
                        caller.authorization(),
                        contentNeeded ? "full" : "summary",
                        request));
    }

    public Uni<PlaybookData> create(Credentials caller, PlaybookRequest request) {
        return backends.call(SERVICE, caller, () -> client.create(caller.authorization(), request));
    }

    public Uni<PlaybookData> update(Credentials caller, String id, PlaybookRequest request) {
        return backends.call(
                SERVICE, caller, () -> client.update(caller.authorization(), id, request));
    }

    public Uni<PlaybookData> publish(Credentials caller, String id) {
        return backends.call(SERVICE, caller, () -> client.publish(caller.authorization(), id));
    }

    public Uni<PlaybookData> archive(Credentials caller, String id) {
        return backends.call(SERVICE, caller, () -> client.archive(caller.authorization(), id));
    }
}
