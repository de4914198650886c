package io.onme.scoring.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.onme.scoring.analysis.Stance;
import io.onme.scoring.analysis.TenantPhrase;
import io.onme.scoring.service.TenantPhraseService;
import io.onme.support.Caller;
import io.onme.support.CurrentCaller;
import io.onme.support.ProblemException;

/** A tenant admin's additions to the analyser's lexicon; they apply to that tenant only. */
@Path("/tenant-phrases")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class TenantPhraseResource {

    @Inject
    CurrentCaller caller;

    @Inject
    TenantPhraseService phrases;

    @GET
    @APIResponse(responseCode = "200", description = "The tenant's phrases")
    @APIResponse(responseCode = "404", description = "Not an admin (not-found)")
    public List<TenantPhraseView> list() {
        return phrases.list(caller.get().tenantId()).stream().map(TenantPhraseView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The new phrase")
    @APIResponse(responseCode = "404", description = "Not an admin (not-found)")
    @APIResponse(responseCode = "409", description = "The tenant has the phrase in that language already (conflict)")
    public Response add(@Valid @NotNull TenantPhraseRequest request) {
        Caller who = caller.get();
        boolean blames = request.stance() == Stance.BLAME || request.stance() == Stance.MIXED;
        if (request.target() != null && !blames) {
            throw ProblemException.badField("target", "only BLAME and MIXED phrases name a target");
        }
        TenantPhrase phrase = new TenantPhrase(
                request.phrase().strip(),
                AnalysisResource.parseLanguage(request.language()),
                request.stance(),
                request.target());
        if (phrase.language() == null) {
            throw ProblemException.badField("language", "must be HE or EN");
        }
        TenantPhraseView created = phrases.add(who.tenantId(), who.memberId(), phrase)
                .map(TenantPhraseView::of)
                .orElseThrow(
                        () -> ProblemException.conflict(
                                "the tenant already has this phrase in this language"));
        return Response.created(URI.create("/tenant-phrases/" + created.id()))
                .entity(created)
                .build();
    }

    @DELETE
    @Path("/{id}")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("tenant phrase");
        }
        if (!phrases.delete(caller.get().tenantId(), uuid)) {
            throw ProblemException.notFound("tenant phrase");
        }
    }
}
