package io.onme.gateway.client;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

import io.onme.gateway.api.model.CoachingNote;
import io.onme.gateway.api.model.EncounterData;
import io.onme.gateway.api.model.Erasure;
import io.smallrye.mutiny.Uni;

/** journal-service, as in docs/service-apis.md. Every call carries the caller's bearer token. */
@RegisterRestClient(configKey = "journal")
@RegisterProvider(BackendErrorMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface JournalClient {

    @POST
    @Path("/encounters")
    Uni<EncounterData> log(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            LogEncounterRequest request);

    @GET
    @Path("/encounters/{id}")
    Uni<EncounterData> encounter(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id);

    @GET
    @Path("/encounters/batch")
    Uni<List<EncounterData>> batch(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("id") List<String> ids);

    @GET
    @Path("/encounters")
    Uni<PageData<EncounterData>> encounters(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("repId") String repId,
            @QueryParam("teamId") String teamId,
            @QueryParam("customerId") String customerId,
            @QueryParam("outcome") String outcome,
            @QueryParam("stance") String stance,
            @QueryParam("archetype") String archetype,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") int limit,
            @QueryParam("after") String after);

    @PATCH
    @Path("/encounters/{id}")
    Uni<EncounterData> update(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id,
            UpdateEncounterRequest request);

    @POST
    @Path("/encounters/{id}/notes")
    Uni<CoachingNote> addNote(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id,
            NoteRequest request);

    // data rights (docs/coaching-not-surveillance.md)

    @GET
    @Path("/settings/retention")
    Uni<RetentionData> retention(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @PUT
    @Path("/settings/retention")
    Uni<RetentionData> updateRetention(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, RetentionData request);

    @POST
    @Path("/admin/retention/run")
    Uni<RetentionRunData> runRetention(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @POST
    @Path("/erasures")
    Uni<Erasure> erase(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ErasureRequest request);

    @GET
    @Path("/erasures")
    Uni<JsonNode> erasures(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("limit") int limit);

    @GET
    @Path("/erasures/{id}")
    Uni<Erasure> erasure(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id);

    /** The caller's encounters and the notes on them. */
    @GET
    @Path("/people/me/export")
    Uni<JsonNode> export(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
