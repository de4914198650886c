package io.onme.gateway.client;

import java.util.List;

import jakarta.ws.rs.Consumes;
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

import io.onme.gateway.api.model.PlaybookData;
import io.smallrye.mutiny.Uni;

/** playbook-service, as in docs/service-apis.md. Every call carries the caller's bearer token. */
@RegisterRestClient(configKey = "playbook")
@RegisterProvider(BackendErrorMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PlaybookClient {

    @GET
    @Path("/archetypes")
    Uni<List<ArchetypeData>> archetypes(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/playbooks")
    Uni<PageData<PlaybookData>> playbooks(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("archetype") String archetype,
            @QueryParam("language") String language,
            @QueryParam("status") String status,
            @QueryParam("teamId") String teamId,
            @QueryParam("q") String q,
            @QueryParam("limit") int limit,
            @QueryParam("after") String after);

    @GET
    @Path("/playbooks/{id}")
    Uni<PlaybookData> playbook(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id);

    @GET
    @Path("/playbooks/batch")
    Uni<List<PlaybookData>> batch(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("id") List<String> ids);

    @POST
    @Path("/playbooks/suggestions")
    Uni<SuggestionsResponse> suggestions(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("view") String view,
            SuggestionsRequest request);

    @POST
    @Path("/playbooks")
    Uni<PlaybookData> create(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, PlaybookRequest request);

    @PUT
    @Path("/playbooks/{id}")
    Uni<PlaybookData> update(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id,
            PlaybookRequest request);

    @POST
    @Path("/playbooks/{id}/publish")
    Uni<PlaybookData> publish(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id);

    @POST
    @Path("/playbooks/{id}/archive")
    Uni<PlaybookData> archive(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id);
}
