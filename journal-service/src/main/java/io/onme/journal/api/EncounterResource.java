package io.onme.journal.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.onme.journal.domain.ArchetypeKey;
import io.onme.journal.domain.Outcome;
import io.onme.journal.domain.Stance;
import io.onme.journal.service.EncounterQuery;
import io.onme.journal.service.EncounterService;
import io.onme.journal.service.EncounterView;
import io.onme.journal.service.Limits;
import io.onme.journal.service.LogEncounterRequest;
import io.onme.journal.service.UpdateEncounterRequest;
import io.onme.support.CurrentCaller;
import io.onme.support.ProblemException;
import io.quarkus.security.Authenticated;

/** Encounters: log, read, list, batch, edit, delete, coaching notes. */
@Path("/encounters")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EncounterResource {

    private static final int MAX_BATCH = 100;

    @Inject
    CurrentCaller caller;

    @Inject
    EncounterService service;

    @POST
    @Operation(summary = "Log an encounter as the caller; it is queued for scoring in the same write", description = "201 with the new encounter; 200 with the existing one when the caller already logged an "
            + "encounter with the same clientRequestId (a retry)")
    @APIResponse(responseCode = "201", description = "The new encounter", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EncounterView.class)))
    @APIResponse(responseCode = "200", description = "The encounter an earlier request with this clientRequestId logged", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EncounterView.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a rep, coach or admin")
    @APIResponse(responseCode = "409", description = "The encounter logged with this clientRequestId was deleted")
    public Response log(@NotNull @Valid LogEncounterRequest input, @Context UriInfo uri) {
        EncounterService.Logged logged = service.log(caller.get(), input);
        EncounterView view = logged.encounter();
        if (!logged.created()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build())
                .entity(view)
                .build();
    }

    @GET
    @Path("/{id}")
    public EncounterView get(@PathParam("id") String id) {
        return service.get(caller.get(), id);
    }

    @GET
    @Path("/batch")
    @Operation(summary = "The visible encounters among the ids, in the order asked (one query)")
    public List<EncounterView> batch(@QueryParam("id") List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > MAX_BATCH) {
            throw ProblemException.badField("id", "at most " + MAX_BATCH + " ids per batch");
        }
        return service.batch(caller.get(), ids);
    }

    @GET
    @Operation(summary = "Visible encounters, newest occurredAt first, by cursor")
    public PageView<EncounterView> list(
            @QueryParam("repId") String repId,
            @QueryParam("teamId") String teamId,
            @QueryParam("customerId") String customerId,
            @QueryParam("outcome") String outcome,
            @QueryParam("stance") String stance,
            @QueryParam("archetype") String archetype,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") String limit,
            @QueryParam("after") String after) {
        EncounterQuery query = new EncounterQuery(
                QueryParams.text(repId),
                QueryParams.text(teamId),
                QueryParams.text(customerId),
                QueryParams.enumValue("outcome", outcome, Outcome.class),
                QueryParams.enumValue("stance", stance, Stance.class),
                QueryParams.enumValue("archetype", archetype, ArchetypeKey.class),
                QueryParams.instant("from", from),
                QueryParams.instant("to", to));
        EncounterService.Page page = service.list(
                caller.get(),
                query,
                after,
                QueryParams.limit(limit, Limits.DEFAULT_PAGE, Limits.MAX_PAGE));
        return new PageView<>(page.items(), page.nextCursor(), page.totalCount());
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Edit outcome, reflection, follow-up or tactics (author only); re-queues scoring")
    @APIResponse(responseCode = "200", description = "The edited encounter", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EncounterView.class)))
    @APIResponse(responseCode = "409", description = "A stale expectedRevision (stale-revision), or edits racing")
    public EncounterView update(
            @PathParam("id") String id, @NotNull @Valid UpdateEncounterRequest input) {
        return service.update(caller.get(), id, input);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an encounter (author only); its score fact is removed from scoring")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Edits racing; try again")
    public Response delete(@PathParam("id") String id) {
        service.delete(caller.get(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/notes")
    @Operation(summary = "Add a coaching note (coach of the encounter's team, or admin)")
    @APIResponse(responseCode = "201", description = "The note", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EncounterView.Note.class)))
    @APIResponse(responseCode = "403", description = "The author or another member who may read but not coach")
    public Response addNote(@PathParam("id") String id, @NotNull @Valid NoteRequest input) {
        EncounterView.Note note = service.addNote(caller.get(), id, input.text());
        return Response.status(Response.Status.CREATED).entity(note).build();
    }
}
