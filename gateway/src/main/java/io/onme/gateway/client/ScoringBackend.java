package io.onme.gateway.client;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.onme.gateway.api.model.Analysis;
import io.onme.gateway.api.model.Member;
import io.onme.gateway.api.model.QuartileOutcome;
import io.onme.gateway.api.model.RepProfile;
import io.onme.gateway.error.UnavailableException;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;

/**
 * scoring-service behind a timeout, a circuit breaker and retries (every call here is a read; the retry policy is
 * in application.properties).
 */
@ApplicationScoped
@AsynchronousNonBlocking
@Timeout(1500)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        failOn = { UnavailableException.class, TimeoutException.class })
@Retry
public class ScoringBackend {

    private static final String SERVICE = "scoring-service";

    @Inject
    @RestClient
    ScoringClient client;

    /** A POST that stores nothing: safe to retry. */
    public Uni<Analysis> analyse(String authorization, AnalysisRequest request) {
        return Backends.guard(client.analyse(authorization, request), SERVICE);
    }

    /** With {@code detail} false, the analyses come without evidence and reframes (empty lists here). */
    public Uni<List<ScoreFactData>> scores(String authorization, List<String> encounterIds, boolean detail) {
        return Backends.guard(client.scores(authorization, encounterIds, detail ? "full" : "summary"), SERVICE);
    }

    public Uni<RepProfile> profile(String authorization, String repId, String window) {
        return Backends.guard(client.profile(authorization, repId, window), SERVICE);
    }

    public Uni<Map<String, List<RepProfile>>> leaderboards(String authorization, List<String> teamIds, String window) {
        return Backends.guard(client.leaderboards(authorization, teamIds, window), SERVICE);
    }

    public Uni<Map<String, List<QuartileOutcome>>> ownershipOutcomes(String authorization, List<String> teamIds,
            String window) {
        return Backends.guard(client.ownershipOutcomes(authorization, teamIds, window), SERVICE);
    }

    public Uni<Map<String, List<Member>>> members(String authorization, List<String> teamIds) {
        return Backends.guard(client.members(authorization, teamIds), SERVICE);
    }
}
