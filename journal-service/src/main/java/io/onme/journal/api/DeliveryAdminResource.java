package io.onme.journal.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.onme.journal.service.DeliveryAdminService;
import io.onme.journal.service.DeliveryView;
import io.onme.journal.service.Limits;
import io.onme.support.CurrentCaller;
import io.quarkus.security.Authenticated;

/** The tenant's outbox, for admins (404 for everyone else). */
@Path("/admin/deliveries")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryAdminResource {

    @Inject
    CurrentCaller caller;

    @Inject
    DeliveryAdminService service;

    @GET
    @Operation(summary = "Pending deliveries; with stuck=true only those with many attempts, parked, or overdue")
    @APIResponse(responseCode = "200", description = "The tenant's deliveries")
    @APIResponse(responseCode = "404", description = "Not an admin (not-found)")
    public List<DeliveryView> list(
            @QueryParam("stuck") boolean stuck, @QueryParam("limit") String limit) {
        return service.deliveries(
                caller.get(), stuck, QueryParams.limit(limit, Limits.MAX_PAGE, Limits.MAX_PAGE));
    }

    @POST
    @Path("/{encounterId}/retry")
    @Operation(summary = "Make a delivery due now (a parked one goes back to PENDING)")
    @APIResponse(responseCode = "202", description = "The delivery, due now")
    @APIResponse(responseCode = "409", description = "A relay holds it right now (conflict)")
    public Response retry(@PathParam("encounterId") String encounterId) {
        return Response.accepted(service.retry(caller.get(), encounterId)).build();
    }
}
