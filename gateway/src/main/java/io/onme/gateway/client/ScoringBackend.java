package io.onme.gateway.client;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.onme.gateway.api.model.AnalyserAgreement;
import io.onme.gateway.api.model.Analysis;
import io.onme.gateway.api.model.Member;
import io.onme.gateway.api.model.QuartileOutcome;
import io.onme.gateway.api.model.ReadingChange;
import io.onme.gateway.api.model.ReadingData;
import io.onme.gateway.api.model.ReadingSettings;
import io.onme.gateway.api.model.RepProfile;
import io.onme.gateway.api.model.RescoreJob;
import io.onme.gateway.api.model.TenantPhrase;
import io.onme.gateway.api.model.TenantPhraseInput;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;

/**
 * scoring-service behind a timeout and the caller's tenant's circuit breaker ({@link Backends});
 * reads retried ({@code @Retry}, the policy is in application.properties), writes never.
 */
@ApplicationScoped
@AsynchronousNonBlocking
public class ScoringBackend {

    private static final String SERVICE = "scoring-service";

    @Inject
    @RestClient
    ScoringClient client;

    @Inject
    Backends backends;

    @Inject
    ServiceJson json;

    /** A POST that stores nothing: safe to retry. */
    @Retry
    public Uni<Analysis> analyse(Credentials caller, AnalysisRequest request) {
        return backends.call(
                SERVICE, caller, () -> client.analyse(caller.authorization(), request));
    }

    /**
     * With {@code detail} false, the analyses come without evidence and reframes (empty lists
     * here).
     */
    @Retry
    public Uni<List<ScoreFactData>> scores(
            Credentials caller, List<String> encounterIds, boolean detail) {
        return backends.call(
                SERVICE,
                caller,
                () -> client.scores(
                        caller.authorization(), encounterIds, detail ? "full" : "summary"));
    }

    @Retry
    public Uni<RepProfile> profile(Credentials caller, String repId, String window) {
        return backends.call(
                SERVICE, caller, () -> client.profile(caller.authorization(), repId, window));
    }

    @Retry
    public Uni<Map<String, List<RepProfile>>> leaderboards(
            Credentials caller, List<String> teamIds, String window) {
        return backends.call(
                SERVICE,
                caller,
                () -> client.leaderboards(caller.authorization(), teamIds, window));
    }

    @Retry
    public Uni<Map<String, List<QuartileOutcome>>> ownershipOutcomes(
            Credentials caller, List<String> teamIds, String window) {
        return backends.call(
                SERVICE,
                caller,
                () -> client.ownershipOutcomes(caller.authorization(), teamIds, window));
    }

    @Retry
    public Uni<Map<String, List<Member>>> members(Credentials caller, List<String> teamIds) {
        return backends.call(
                SERVICE, caller, () -> client.members(caller.authorization(), teamIds));
    }

    // readings

    @Retry
    public Uni<ReadingSettings> settings(Credentials caller) {
        return backends.call(SERVICE, caller, () -> client.settings(caller.authorization()));
    }

    public Uni<ReadingSettings> updateSettings(Credentials caller, ReadingSettings settings) {
        return backends.call(
                SERVICE, caller, () -> client.updateSettings(caller.authorization(), settings));
    }

    public Uni<ReadingData> seen(Credentials caller, String encounterId) {
        return backends.call(
                SERVICE,
                caller,
                () -> client.seen(caller.authorization(), encounterId).map(json::reading));
    }

    public Uni<ReadingData> dispute(
            Credentials caller, String encounterId, DisputeRequest request) {
        return backends.call(
                SERVICE,
                caller,
                () -> client.dispute(caller.authorization(), encounterId, request)
                        .map(json::reading));
    }

    public Uni<ReadingData> review(Credentials caller, String encounterId, ReviewRequest request) {
        return backends.call(
                SERVICE,
                caller,
                () -> client.review(caller.authorization(), encounterId, request)
                        .map(json::reading));
    }

    @Retry
    public Uni<List<ReadingChange>> history(Credentials caller, String encounterId) {
        return backends.call(
                SERVICE,
                caller,
                () -> client.history(caller.authorization(), encounterId)
                        .map(answer -> json.list(answer, ReadingChange.class)));
    }

    @Retry
    public Uni<ReviewQueuePage> reviewQueue(
            Credentials caller, String teamId, int first, String after) {
        return backends.call(
                SERVICE,
                caller,
                () -> client.reviewQueue(caller.authorization(), teamId, first, after));
    }

    @Retry
    public Uni<List<AnalyserAgreement>> agreement(Credentials caller, String window) {
        return backends.call(
                SERVICE,
                caller,
                () -> client.agreement(caller.authorization(), window)
                        .map(answer -> json.list(answer, AnalyserAgreement.class)));
    }

    @Retry
    public Uni<String> corrections(Credentials caller) {
        return backends.call(SERVICE, caller, () -> client.corrections(caller.authorization()));
    }

    @Retry
    public Uni<JsonNode> export(Credentials caller) {
        return backends.call(SERVICE, caller, () -> client.export(caller.authorization()));
    }

    // the analyser's tenant phrases and the rescore job

    @Retry
    public Uni<List<TenantPhrase>> tenantPhrases(Credentials caller) {
        return backends.call(SERVICE, caller, () -> client.tenantPhrases(caller.authorization()));
    }

    public Uni<TenantPhrase> addTenantPhrase(Credentials caller, TenantPhraseInput phrase) {
        return backends.call(
                SERVICE, caller, () -> client.addTenantPhrase(caller.authorization(), phrase));
    }

    /** A DELETE of the same id twice is a 404 the second time: not retried. */
    public Uni<Void> removeTenantPhrase(Credentials caller, String id) {
        return backends.call(
                SERVICE, caller, () -> client.removeTenantPhrase(caller.authorization(), id));
    }

    /** A write (a job that has just finished would be followed by a new one): never retried. */
    public Uni<RescoreJob> startRescore(Credentials caller) {
        return backends.call(SERVICE, caller, () -> client.startRescore(caller.authorization()));
    }

    @Retry
    public Uni<RescoreJob> rescoreJob(Credentials caller, String jobId) {
        return backends.call(
                SERVICE, caller, () -> client.rescoreJob(caller.authorization(), jobId));
    }
}
