package io.onme.gateway.client;

import io.onme.gateway.api.model.Analysis;
import io.onme.gateway.api.model.Member;
import io.onme.gateway.api.model.QuartileOutcome;
import io.onme.gateway.api.model.RepProfile;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * scoring-service behind a timeout, the caller's tenant's circuit breaker ({@link Backends}) and
 * retries (every call here is a read; the retry policy is in application.properties).
 */
@ApplicationScoped
@AsynchronousNonBlocking
@Retry
public class ScoringBackend {

    private static final String SERVICE = "scoring-service";

    @Inject @RestClient ScoringClient client;

    @Inject Backends backends;

    /** A POST that stores nothing: safe to retry. */
    public Uni<Analysis> analyse(Credentials caller, AnalysisRequest request) {
        return backends.call(
                SERVICE, caller, () -> client.analyse(caller.authorization(), request));
    }

    /**
     * With {@code detail} false, the analyses come without evidence and reframes (empty lists
     * here).
     */
    public Uni<List<ScoreFactData>> scores(
            Credentials caller, List<String> encounterIds, boolean detail) {
        return backends.call(
                SERVICE,
                caller,
                () ->
                        client.scores(
                                caller.authorization(), encounterIds, detail ? "full" : "summary"));
    }

    public Uni<RepProfile> profile(Credentials caller, String repId, String window) {
        return backends.call(
                SERVICE, caller, () -> client.profile(caller.authorization(), repId, window));
    }

    public Uni<Map<String, List<RepProfile>>> leaderboards(
            Credentials caller, List<String> teamIds, String window) {
        return backends.call(
                SERVICE,
                caller,
                () -> client.leaderboards(caller.authorization(), teamIds, window));
    }

    public Uni<Map<String, List<QuartileOutcome>>> ownershipOutcomes(
            Credentials caller, List<String> teamIds, String window) {
        return backends.call(
                SERVICE,
                caller,
                () -> client.ownershipOutcomes(caller.authorization(), teamIds, window));
    }

    public Uni<Map<String, List<Member>>> members(Credentials caller, List<String> teamIds) {
        return backends.call(
                SERVICE, caller, () -> client.members(caller.authorization(), teamIds));
    }
}
