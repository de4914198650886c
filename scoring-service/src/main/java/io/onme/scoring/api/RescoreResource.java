package io.onme.scoring.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.onme.scoring.service.RescoreService;
import io.onme.support.Caller;
import io.onme.support.CurrentCaller;
import io.onme.support.ProblemException;

/**
 * Admin-only: rescore the tenant's history with the current analyser version, in the background.
 */
@Path("/admin/rescore")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class RescoreResource {

    @Inject
    CurrentCaller caller;

    @Inject
    RescoreService rescore;

    /** 202 with the job (the running one, if the tenant already has one). */
    @POST
    @APIResponse(responseCode = "202", description = "The job, started or already running")
    @APIResponse(responseCode = "404", description = "Not an admin (not-found)")
    public Response start() {
        Caller who = caller.get();
        RescoreJobView job = RescoreJobView.of(rescore.start(who.tenantId(), who.memberId()));
        return Response.accepted(job).location(URI.create("/admin/rescore/" + job.id())).build();
    }

    @GET
    @Path("/{jobId}")
    public RescoreJobView progress(@PathParam("jobId") String jobId) {
        UUID id;
        try {
            id = UUID.fromString(jobId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("rescore job");
        }
        return rescore.find(caller.get().tenantId(), id)
                .map(RescoreJobView::of)
                .orElseThrow(() -> ProblemException.notFound("rescore job"));
    }
}
