package io.onme.gateway.client;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.onme.gateway.api.model.Analysis;
import io.onme.gateway.api.model.Member;
import io.onme.gateway.api.model.QuartileOutcome;
import io.onme.gateway.api.model.ReadingSettings;
import io.onme.gateway.api.model.RepProfile;
import io.onme.gateway.api.model.RescoreJob;
import io.onme.gateway.api.model.TenantPhrase;
import io.onme.gateway.api.model.TenantPhraseInput;
import io.smallrye.mutiny.Uni;

/** scoring-service, as in docs/service-apis.md. Every call carries the caller's bearer token. */
@RegisterRestClient(configKey = "scoring")
@RegisterProvider(BackendErrorMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ScoringClient {

    @POST
    @Path("/analyses")
    Uni<Analysis> analyse(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, AnalysisRequest request);

    /** {@code view}: {@code full}, or {@code summary} (analyses without evidence and reframes). */
    @GET
    @Path("/scores/batch")
    Uni<List<ScoreFactData>> scores(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("encounterId") List<String> encounterIds,
            @QueryParam("view") String view);

    @GET
    @Path("/profiles/{repId}")
    Uni<RepProfile> profile(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("repId") String repId,
            @QueryParam("window") String window);

    /**
     * Several teams' leaderboards, keyed by team id (teams the caller may not see are left out).
     */
    @GET
    @Path("/teams/leaderboards")
    Uni<Map<String, List<RepProfile>>> leaderboards(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("id") List<String> teamIds,
            @QueryParam("window") String window);

    @GET
    @Path("/teams/ownership-outcomes")
    Uni<Map<String, List<QuartileOutcome>>> ownershipOutcomes(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("id") List<String> teamIds,
            @QueryParam("window") String window);

    @GET
    @Path("/teams/members")
    Uni<Map<String, List<Member>>> members(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("id") List<String> teamIds);

    // readings (docs/coaching-not-surveillance.md); the writes answer the reading

    @GET
    @Path("/readings/settings")
    Uni<ReadingSettings> settings(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @PUT
    @Path("/readings/settings")
    Uni<ReadingSettings> updateSettings(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ReadingSettings settings);

    @POST
    @Path("/readings/{encounterId}/seen")
    Uni<JsonNode> seen(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("encounterId") String encounterId);

    @POST
    @Path("/readings/{encounterId}/dispute")
    Uni<JsonNode> dispute(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("encounterId") String encounterId,
            DisputeRequest request);

    @POST
    @Path("/readings/{encounterId}/review")
    Uni<JsonNode> review(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("encounterId") String encounterId,
            ReviewRequest request);

    @GET
    @Path("/readings/{encounterId}/history")
    Uni<JsonNode> history(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("encounterId") String encounterId);

    @GET
    @Path("/readings/review-queue")
    Uni<ReviewQueuePage> reviewQueue(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("teamId") String teamId,
            @QueryParam("first") int first,
            @QueryParam("after") String after);

    @GET
    @Path("/readings/agreement")
    Uni<JsonNode> agreement(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("window") String window);

    /** JSON Lines; a problem (403 consent-required) comes as JSON. */
    @GET
    @Path("/readings/corrections")
    @Produces({ "application/x-ndjson", MediaType.APPLICATION_JSON })
    Uni<String> corrections(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    /** The caller's facts, readings and history. */
    @GET
    @Path("/people/me/export")
    Uni<JsonNode> export(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    // the analyser's tenant phrases and the rescore job (admins)

    @GET
    @Path("/tenant-phrases")
    Uni<List<TenantPhrase>> tenantPhrases(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @POST
    @Path("/tenant-phrases")
    Uni<TenantPhrase> addTenantPhrase(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, TenantPhraseInput phrase);

    @DELETE
    @Path("/tenant-phrases/{id}")
    Uni<Void> removeTenantPhrase(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id);

    /** 202 with the job: a new one, or the one already running. */
    @POST
    @Path("/admin/rescore")
    Uni<RescoreJob> startRescore(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/admin/rescore/{jobId}")
    Uni<RescoreJob> rescoreJob(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("jobId") String jobId);
}
