package io.onme.gateway.client;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.onme.gateway.api.model.Analysis;
import io.onme.gateway.api.model.QuartileOutcome;
import io.onme.gateway.api.model.RepProfile;
import io.smallrye.mutiny.Uni;

/** scoring-service, as in docs/service-apis.md. Every call carries the caller's bearer token. */
@RegisterRestClient(configKey = "scoring")
@RegisterProvider(BackendErrorMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ScoringClient {

    @POST
    @Path("/analyses")
    Uni<Analysis> analyse(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, AnalysisRequest request);

    @GET
    @Path("/scores/batch")
    Uni<List<ScoreFactData>> scores(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("encounterId") List<String> encounterIds);

    @GET
    @Path("/profiles/{repId}")
    Uni<RepProfile> profile(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("repId") String repId, @QueryParam("window") String window);

    @GET
    @Path("/teams/{teamId}/leaderboard")
    Uni<List<RepProfile>> leaderboard(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("teamId") String teamId, @QueryParam("window") String window);

    @GET
    @Path("/teams/{teamId}/ownership-outcome")
    Uni<List<QuartileOutcome>> ownershipOutcome(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("teamId") String teamId, @QueryParam("window") String window);
}
