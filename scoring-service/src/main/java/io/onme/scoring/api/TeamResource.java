package io.onme.scoring.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.onme.scoring.config.ScoringConfig;
import io.onme.scoring.domain.Indicators.Member;
import io.onme.scoring.domain.Indicators.QuartileOutcome;
import io.onme.scoring.domain.Indicators.RepProfile;
import io.onme.scoring.domain.Window;
import io.onme.scoring.service.IndicatorService;
import io.onme.support.CurrentCaller;
import io.onme.support.ProblemException;
import io.quarkus.security.Authenticated;

/**
 * Team indicators for the team's coaches and the tenant's admins: per team, and for several teams
 * at once (the gateway's {@code me { teams { … } }} asks once per field, not once per team).
 */
@Path("/teams")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

    @Inject
    CurrentCaller caller;

    @Inject
    IndicatorService indicators;

    @Inject
    ScoringConfig config;

    /**
     * Reps ranked by ownership index over the team's facts, ties by entries; default LAST_30_DAYS.
     * A rep of the team gets only their own row unless the tenant lets reps see the whole board.
     */
    @GET
    @Path("/{teamId}/leaderboard")
    public List<RepProfile> leaderboard(
            @PathParam("teamId") String teamId,
            @QueryParam("window") String window,
            @QueryParam("asOf") String asOf) {
        return indicators
                .leaderboard(
                        caller.get(),
                        teamId,
                        IndicatorParams.window(window, Window.LAST_30_DAYS),
                        IndicatorParams.asOf(asOf))
                .orElseThrow(() -> ProblemException.notFound("team"));
    }

    /** Win rate by quartile of entry score; default LAST_90_DAYS. */
    @GET
    @Path("/{teamId}/ownership-outcome")
    public List<QuartileOutcome> ownershipOutcome(
            @PathParam("teamId") String teamId,
            @QueryParam("window") String window,
            @QueryParam("asOf") String asOf) {
        return indicators
                .ownershipOutcome(
                        caller.get(),
                        teamId,
                        IndicatorParams.window(window, Window.LAST_90_DAYS),
                        IndicatorParams.asOf(asOf))
                .orElseThrow(() -> ProblemException.notFound("team"));
    }

    @GET
    @Path("/{teamId}/members")
    public List<Member> members(@PathParam("teamId") String teamId) {
        return indicators
                .members(caller.get(), teamId)
                .orElseThrow(() -> ProblemException.notFound("team"));
    }

    /**
     * The leaderboards of the visible teams among the ids, keyed by team id; the others are left
     * out.
     */
    @GET
    @Path("/leaderboards")
    public Map<String, List<RepProfile>> leaderboards(
            @QueryParam("id") List<String> teamIds,
            @QueryParam("window") String window,
            @QueryParam("asOf") String asOf) {
        Window w = IndicatorParams.window(window, Window.LAST_30_DAYS);
        Instant at = IndicatorParams.asOf(asOf);
        return perTeam(batch(teamIds), team -> indicators.leaderboard(caller.get(), team, w, at));
    }

    /** The ownership–outcome tables of the visible teams among the ids, keyed by team id. */
    @GET
    @Path("/ownership-outcomes")
    public Map<String, List<QuartileOutcome>> ownershipOutcomes(
            @QueryParam("id") List<String> teamIds,
            @QueryParam("window") String window,
            @QueryParam("asOf") String asOf) {
        Window w = IndicatorParams.window(window, Window.LAST_90_DAYS);
        Instant at = IndicatorParams.asOf(asOf);
        return perTeam(
                batch(teamIds), team -> indicators.ownershipOutcome(caller.get(), team, w, at));
    }

    /** The members of the visible teams among the ids, keyed by team id. */
    @GET
    @Path("/members")
    public Map<String, List<Member>> members(@QueryParam("id") List<String> teamIds) {
        return perTeam(batch(teamIds), team -> indicators.members(caller.get(), team));
    }

    /**
     * What {@code perTeam} gives for each distinct team, in the order asked, leaving out the
     * invisible ones.
     */
    private static <T> Map<String, T> perTeam(
            List<String> teamIds, Function<String, Optional<T>> perTeam) {
        Map<String, T> byTeam = new LinkedHashMap<>();
        for (String teamId : new LinkedHashSet<>(teamIds)) {
            perTeam.apply(teamId).ifPresent(found -> byTeam.put(teamId, found));
        }
        return byTeam;
    }

    private List<String> batch(List<String> teamIds) {
        List<String> ids = teamIds == null ? List.of() : teamIds;
        if (ids.size() > config.maxBatchIds()) {
            throw ProblemException.badField(
                    "id", "at most " + config.maxBatchIds() + " ids per batch");
        }
        return ids;
    }
}
