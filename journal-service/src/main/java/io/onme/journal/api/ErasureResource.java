package io.onme.journal.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.onme.journal.service.ErasureService;
import io.onme.journal.service.ErasureView;
import io.onme.journal.service.Limits;
import io.onme.support.CurrentCaller;
import io.quarkus.security.Authenticated;

/** A person's erasure across the services (docs/coaching-not-surveillance.md), for admins. */
@Path("/erasures")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ErasureResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ErasureService service;

    @POST
    @Operation(summary = "Erase a person: their encounters and notes go now, scoring- and playbook-service"
            + " get it through the outbox")
    @APIResponse(responseCode = "202", description = "The erasure and its steps", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureView.class)))
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Response request(@NotNull @Valid ErasureRequest input) {
        return Response.accepted(service.request(caller.get(), input.personId(), input.reason()))
                .build();
    }

    @GET
    @Operation(summary = "The tenant's erasures, newest first")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public List<ErasureView> list(@QueryParam("limit") String limit) {
        return service.list(
                caller.get(), QueryParams.limit(limit, Limits.DEFAULT_PAGE, Limits.MAX_PAGE));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One erasure of the tenant")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public ErasureView get(@PathParam("id") String id) {
        return service.get(caller.get(), id);
    }
}
