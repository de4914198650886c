package io.onme.gateway.client;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.onme.gateway.error.UnavailableException;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;

/**
 * playbook-service behind a timeout and a circuit breaker (per method); reads are retried ({@code @Retry}, the
 * policy is in application.properties), writes never (a create that timed out may have happened).
 */
@ApplicationScoped
@AsynchronousNonBlocking
@Timeout(1500)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        failOn = { UnavailableException.class, TimeoutException.class })
public class PlaybookBackend {

    private static final String SERVICE = "playbook-service";

    @Inject
    @RestClient
    PlaybookClient client;

    @Retry
    public Uni<List<ArchetypeData>> archetypes(String authorization) {
        return Backends.guard(client.archetypes(authorization), SERVICE);
    }

    @Retry
    public Uni<PageData<PlaybookData>> playbooks(String authorization, String archetype, String language,
            String status, String teamId, String q, int limit, String after) {
        return Backends.guard(client.playbooks(authorization, archetype, language, status, teamId, q, limit, after),
                SERVICE);
    }

    @Retry
    public Uni<PlaybookData> playbook(String authorization, String id) {
        return Backends.guard(client.playbook(authorization, id), SERVICE);
    }

    @Retry
    public Uni<List<PlaybookData>> batch(String authorization, List<String> ids) {
        return Backends.guard(client.batch(authorization, ids), SERVICE);
    }

    /**
     * A POST, but a pure read: safe to retry. With {@code contentNeeded} false the playbooks come without stance,
     * steps and phrases (playbook-service's {@code view=summary}), a twentieth of the bytes.
     */
    @Retry
    public Uni<SuggestionsResponse> suggestions(String authorization, SuggestionsRequest request,
            boolean contentNeeded) {
        return Backends.guard(client.suggestions(authorization, contentNeeded ? "full" : "summary", request),
                SERVICE);
    }

    public Uni<PlaybookData> create(String authorization, PlaybookRequest request) {
        return Backends.guard(client.create(authorization, request), SERVICE);
    }

    public Uni<PlaybookData> update(String authorization, String id, PlaybookRequest request) {
        return Backends.guard(client.update(authorization, id, request), SERVICE);
    }

    public Uni<PlaybookData> publish(String authorization, String id) {
        return Backends.guard(client.publish(authorization, id), SERVICE);
    }

    public Uni<PlaybookData> archive(String authorization, String id) {
        return Backends.guard(client.archive(authorization, id), SERVICE);
    }
}
