package io.onme.journal.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.onme.journal.service.RetentionService;
import io.onme.support.CurrentCaller;
import io.quarkus.security.Authenticated;

/** The tenant's retention setting and an admin's run of it. */
@Path("/")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @Inject
    CurrentCaller caller;

    @Inject
    RetentionService service;

    /** {@code POST /admin/retention/run}'s answer. */
    public record RunView(long deleted) {
    }

    @GET
    @Path("settings/retention")
    @Operation(summary = "How long the tenant keeps encounters (null: for good)")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public RetentionView get() {
        return new RetentionView(service.retentionMonths(caller.get()));
    }

    @PUT
    @Path("settings/retention")
    @Operation(summary = "Set how many months the tenant keeps encounters (null: for good)")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public RetentionView put(@NotNull @Valid RetentionView input) {
        return new RetentionView(service.setRetentionMonths(caller.get(), input.retentionMonths()));
    }

    @POST
    @Path("admin/retention/run")
    @Operation(summary = "Run the tenant's retention now: encounters older than the setting are deleted"
            + " (their score facts through the outbox)")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public RunView run() {
        return new RunView(service.runNow(caller.get()));
    }
}
