package io.onme.scoring.api;

import io.onme.scoring.domain.IndicatorService;
import io.onme.scoring.domain.Indicators.Member;
import io.onme.scoring.domain.Indicators.QuartileOutcome;
import io.onme.scoring.domain.Indicators.RepProfile;
import io.onme.scoring.domain.Window;
import io.onme.scoring.security.CurrentCaller;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Team indicators for the team's coaches and the tenant's admins. */
@Path("/teams/{teamId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

    @Inject
    CurrentCaller caller;

    @Inject
    IndicatorService indicators;

    /** Reps ranked by ownership index over the team's facts, ties by entries; default LAST_30_DAYS. */
    @GET
    @Path("/leaderboard")
    public List<RepProfile> leaderboard(@PathParam("teamId") String teamId, @QueryParam("window") String window,
                                        @QueryParam("asOf") String asOf) {
        return indicators.leaderboard(caller.get(), teamId, IndicatorParams.window(window, Window.LAST_30_DAYS),
                        IndicatorParams.asOf(asOf))
                .orElseThrow(() -> ProblemException.notFound("team"));
    }

    /** Win rate by quartile of entry score; default LAST_90_DAYS. */
    @GET
    @Path("/ownership-outcome")
    public List<QuartileOutcome> ownershipOutcome(@PathParam("teamId") String teamId,
                                                  @QueryParam("window") String window,
                                                  @QueryParam("asOf") String asOf) {
        return indicators.ownershipOutcome(caller.get(), teamId, IndicatorParams.window(window, Window.LAST_90_DAYS),
                        IndicatorParams.asOf(asOf))
                .orElseThrow(() -> ProblemException.notFound("team"));
    }

    @GET
    @Path("/members")
    public List<Member> members(@PathParam("teamId") String teamId) {
        return indicators.members(caller.get(), teamId).orElseThrow(() -> ProblemException.notFound("team"));
    }
}
