package io.onme.scoring.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.onme.scoring.domain.AnalyserAgreement;
import io.onme.scoring.domain.Reading;
import io.onme.scoring.domain.ReadingChange;
import io.onme.scoring.domain.Reflections;
import io.onme.scoring.domain.ReviewQueue;
import io.onme.scoring.domain.TenantSettings;
import io.onme.scoring.domain.Window;
import io.onme.scoring.service.ReadingService;
import io.onme.support.CurrentCaller;
import io.onme.support.ProblemException;
import io.quarkus.security.Authenticated;

/**
 * Readings (docs/coaching-not-surveillance.md): the tenant's settings, the rep's seen and dispute,
 * the coach's review and queue, the history, and the admin's watch on the analyser. 404 for an
 * encounter the tenant does not have, 403 for one the caller may not act on, 409 for a state that
 * does not allow it.
 */
@Path("/readings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReadingResource {

    /** JSON Lines. */
    public static final String NDJSON = "application/x-ndjson";

    @Inject
    CurrentCaller caller;

    @Inject
    ReadingService readings;

    @GET
    @Path("/settings")
    public TenantSettings settings() {
        return readings.settings(caller.get());
    }

    @PUT
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "403", description = "Not an admin (forbidden)")
    public TenantSettings updateSettings(@Valid @NotNull SettingsRequest request) {
        return readings.updateSettings(
                caller.get(),
                request.coachVisibility(),
                request.coachDelayHours(),
                request.repsSeeLeaderboard(),
                request.reviewConfidenceBelow(),
                request.trainingConsent());
    }

    @POST
    @Path("/{encounterId}/seen")
    @APIResponse(responseCode = "403", description = "Not the rep of the encounter (forbidden)")
    public Reading seen(
            @PathParam("encounterId") @NotBlank @Size(max = 200) @Pattern(regexp = Reflections.ID_PATTERN) String encounterId) {
        return readings.markSeen(caller.get(), encounterId);
    }

    @POST
    @Path("/{encounterId}/dispute")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "403", description = "Not the rep of the encounter (forbidden)")
    @APIResponse(responseCode = "409", description = "The reading is not UNREVIEWED (conflict)")
    public Reading dispute(
            @PathParam("encounterId") @NotBlank @Size(max = 200) @Pattern(regexp = Reflections.ID_PATTERN) String encounterId,
            @NotNull DisputeRequest request) {
        return readings.dispute(caller.get(), encounterId, request.note());
    }

    @POST
    @Path("/{encounterId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "403", description = "Not a coach of the team nor an admin, or one's own reading (forbidden)")
    @APIResponse(responseCode = "409", description = "Not released to coaches yet, or already reviewed (conflict)")
    public Reading review(
            @PathParam("encounterId") @NotBlank @Size(max = 200) @Pattern(regexp = Reflections.ID_PATTERN) String encounterId,
            @NotNull ReviewRequest request) {
        return readings.review(
                caller.get(),
                encounterId,
                request.decision(),
                request.stance(),
                request.blameTargets(),
                request.note());
    }

    /** Oldest first. */
    @GET
    @Path("/{encounterId}/history")
    public List<ReadingChange> history(
            @PathParam("encounterId") @NotBlank @Size(max = 200) @Pattern(regexp = Reflections.ID_PATTERN) String encounterId) {
        return readings.history(caller.get(), encounterId);
    }

    @GET
    @Path("/review-queue")
    public ReviewQueue reviewQueue(
            @QueryParam("teamId") String teamId,
            @QueryParam("first") String first,
            @QueryParam("after") String after) {
        return readings.queue(caller.get(), teamId, first(first), after);
    }

    /** Per language over the window (default LAST_90_DAYS) ending at asOf (default now). */
    @GET
    @Path("/agreement")
    public List<AnalyserAgreement> agreement(
            @QueryParam("window") String window, @QueryParam("asOf") String asOf) {
        return readings.agreement(
                caller.get(),
                IndicatorParams.window(window, Window.LAST_90_DAYS),
                IndicatorParams.asOf(asOf));
    }

    /** JSON Lines in the corpus format; 403 {@code consent-required} without training consent. */
    @GET
    @Path("/corrections")
    @Produces({ NDJSON, MediaType.APPLICATION_JSON })
    @APIResponse(responseCode = "403", description = "Not an admin (forbidden), or no training consent (consent-required)")
    public jakarta.ws.rs.core.Response corrections() {
        return jakarta.ws.rs.core.Response.ok(readings.corrections(caller.get()), NDJSON).build();
    }

    private static Integer first(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badField("first", "must be a whole number from 1 to 100");
        }
    }
}
