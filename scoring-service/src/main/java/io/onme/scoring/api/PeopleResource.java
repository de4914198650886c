package io.onme.scoring.api;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.onme.scoring.domain.ReadingChange;
import io.onme.scoring.domain.Reflections;
import io.onme.scoring.service.ReadingService;
import io.onme.scoring.service.ScoringService;
import io.onme.support.Caller;
import io.onme.support.CurrentCaller;
import io.quarkus.security.Authenticated;

/** A person's data rights in scoring: erasure (journal's outbox, or an admin) and export. */
@Path("/people")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ReadingService readings;

    @Inject
    ScoringService scoring;

    /** One fact of the export: the fact as {@code /scores/batch} shows it, with its history. */
    public record ExportedFact(ScoreFactView fact, List<ReadingChange> history) {
    }

    /** {@code GET /people/me/export}: everything scoring keeps about the caller as a rep. */
    public record PersonExport(
            String personId, String tenantId, Instant exportedAt, List<ExportedFact> facts) {
    }

    /**
     * Deletes the person's facts, readings, history and team memberships in the caller's tenant,
     * and replaces their id with {@code erased} where they reviewed others' readings. Idempotent.
     */
    @DELETE
    @Path("/{personId}")
    @APIResponse(responseCode = "204", description = "Erased, or nothing to erase")
    @APIResponse(responseCode = "403", description = "Neither a service nor an admin (forbidden)")
    public void erase(
            @PathParam("personId") @NotBlank @Size(max = 200) @Pattern(regexp = Reflections.ID_PATTERN) String personId) {
        readings.erase(caller.get(), personId);
    }

    @GET
    @Path("/me/export")
    public PersonExport export() {
        Caller who = caller.get();
        List<ExportedFact> facts = scoring.ofRep(who.tenantId(), who.memberId()).stream()
                .map(
                        fact -> new ExportedFact(
                                ScoreResource.view(fact, AnalysisView::of, false),
                                readings.ownHistory(who, fact.encounterId())))
                .toList();
        return new PersonExport(who.memberId(), who.tenantId(), Instant.now(), facts);
    }
}
