package io.onme.playbook.api;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.onme.playbook.service.PersonErasureService;
import io.onme.support.CurrentCaller;
import io.quarkus.security.Authenticated;

/** Data rights: a person's erasure (docs/coaching-not-surveillance.md). */
@Path("/people")
@Authenticated
@Tag(name = "people")
@SecurityRequirement(name = "jwt")
public class PeopleResource {

    private final CurrentCaller caller;
    private final PersonErasureService erasure;

    PeopleResource(CurrentCaller caller, PersonErasureService erasure) {
        this.caller = caller;
        this.erasure = erasure;
    }

    @DELETE
    @Path("/{personId}")
    @Operation(summary = "Erase a person: their author fields in the tenant become \"erased\" (a service"
            + " token of journal-service, or an admin); idempotent")
    @APIResponse(responseCode = "204", description = "Erased (also when nothing named them)")
    @APIResponse(responseCode = "403", description = "Neither an admin nor a service")
    public Response erase(@PathParam("personId") String personId) {
        erasure.erase(caller.get(), personId);
        return Response.noContent().build();
    }
}
