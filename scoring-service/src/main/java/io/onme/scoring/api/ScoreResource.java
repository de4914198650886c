package io.onme.scoring.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.onme.scoring.analysis.Analysis;
import io.onme.scoring.config.ScoringConfig;
import io.onme.scoring.domain.EncounterFacts;
import io.onme.scoring.domain.Reflections;
import io.onme.scoring.domain.ScoreFact;
import io.onme.scoring.service.ScoringService;
import io.onme.support.Caller;
import io.onme.support.CurrentCaller;
import io.onme.support.ProblemException;
import io.quarkus.security.Authenticated;

/**
 * Score facts: written by journal-service's outbox relay (service tokens, verified against the
 * service keys: {@code ServiceTokenMechanism}), read in batches by the gateway.
 */
@Path("/scores")
@Produces(MediaType.APPLICATION_JSON)
public class ScoreResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ScoringConfig config;

    @Inject
    ScoringService scoring;

    /** Idempotent per encounter and revision; an older revision answers the stored, newer fact. */
    @PUT
    @Path("/{encounterId}")
    @RolesAllowed("service")
    @APIResponse(responseCode = "200", description = "The stored fact (the newer one when the revision is older)")
    @APIResponse(responseCode = "404", description = "Not a service token (not-found)")
    @Consumes(MediaType.APPLICATION_JSON)
    public ScoreFactView put(
            @PathParam("encounterId") @NotBlank @Size(max = 200) @Pattern(regexp = Reflections.ID_PATTERN) String encounterId,
            @Valid @NotNull ScoreRequest request) {
        String tenant = caller.get().tenantId();
        EncounterFacts encounter = new EncounterFacts(
                encounterId,
                request.revision(),
                request.repId(),
                request.repName(),
                request.teamId(),
                request.customerId(),
                request.occurredAt(),
                request.archetype(),
                request.intensity(),
                request.outcome(),
                request.dealValue() == null ? null : request.dealValue().amount(),
                request.dealValue() == null ? null : request.dealValue().currency(),
                Boolean.TRUE.equals(request.followUpSet()),
                request.reflection(),
                AnalysisResource.parseLanguage(request.language()));
        return view(scoring.score(tenant, encounter), AnalysisView::of, false);
    }

    /** Deletes follow the journal; idempotent, so a redelivered delete is harmless. */
    @DELETE
    @Path("/{encounterId}")
    @RolesAllowed("service")
    @APIResponse(responseCode = "204", description = "Deleted, or nothing to delete")
    @APIResponse(responseCode = "404", description = "Not a service token (not-found)")
    public void delete(
            @PathParam("encounterId") @NotBlank @Size(max = 200) @Pattern(regexp = Reflections.ID_PATTERN) String encounterId) {
        scoring.delete(caller.get().tenantId(), encounterId);
    }

    /**
     * The visible facts among the ids, in the order asked; others are silently left out. A fact
     * whose reading is not released yet is {@code withheld} (no analysis, no reading) for anyone
     * but its rep. {@code view=summary} leaves out each analysis's evidence and reframes (about
     * half the bytes), for lists that show stance, score and blame targets.
     */
    @GET
    @Path("/batch")
    @Authenticated
    public List<ScoreFactView> batch(
            @QueryParam("encounterId") List<String> encounterIds, @QueryParam("view") String view) {
        Function<Analysis, AnalysisView> shown = summary(view) ? AnalysisView::summaryOf : AnalysisView::of;
        Caller who = caller.get();
        LinkedHashSet<String> ids = new LinkedHashSet<>(encounterIds == null ? List.of() : encounterIds);
        if (ids.size() > config.maxBatchIds()) {
            throw ProblemException.badField(
                    "encounterId", "at most " + config.maxBatchIds() + " ids per batch");
        }
        // ids with control characters cannot exist
        ids.removeIf(id -> !id.matches(Reflections.ID_PATTERN));
        Map<String, ScoreFact> found = scoring.visible(who, ids).stream()
                .collect(Collectors.toMap(ScoreFact::encounterId, Function.identity()));
        return ids.stream()
                .filter(found::containsKey)
                .map(found::get)
                .map(fact -> view(fact, shown, withheld(who, fact)))
                .toList();
    }

    /** A rep sees their own readings first: others wait until the reading is released. */
    private static boolean withheld(Caller who, ScoreFact fact) {
        return !fact.reading().releasedToCoaches()
                && !who.memberId().equals(fact.repId())
                && !who.isService();
    }

    static ScoreFactView view(
            ScoreFact fact, Function<Analysis, AnalysisView> shown, boolean withheld) {
        return new ScoreFactView(
                fact.encounterId(),
                fact.revision(),
                fact.repId(),
                fact.teamId(),
                fact.occurredAt(),
                fact.analyzerVersion(),
                fact.scoredAt(),
                withheld ? null : shown.apply(fact.analysis()),
                withheld ? null : fact.reading(),
                withheld);
    }

    private static boolean summary(String view) {
        if (view == null || view.isBlank() || view.equals("full")) {
            return false;
        }
        if (view.equals("summary")) {
            return true;
        }
        throw ProblemException.badField("view", "must be full or summary");
    }
}
