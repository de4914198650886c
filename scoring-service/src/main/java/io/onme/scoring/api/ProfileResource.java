package io.onme.scoring.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.onme.scoring.config.ScoringConfig;
import io.onme.scoring.domain.Indicators.RepProfile;
import io.onme.scoring.domain.Window;
import io.onme.scoring.service.IndicatorService;
import io.onme.support.CurrentCaller;
import io.onme.support.ProblemException;
import io.quarkus.security.Authenticated;

/** Rep profiles (GraphQL {@code RepProfile}); the window defaults to LAST_90_DAYS. */
@Path("/profiles")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ScoringConfig config;

    @Inject
    IndicatorService indicators;

    @GET
    @Path("/{repId}")
    public RepProfile profile(
            @PathParam("repId") String repId,
            @QueryParam("window") String window,
            @QueryParam("asOf") String asOf) {
        return indicators
                .profile(
                        caller.get(),
                        repId,
                        IndicatorParams.window(window, Window.LAST_90_DAYS),
                        IndicatorParams.asOf(asOf))
                .orElseThrow(() -> ProblemException.notFound("rep profile"));
    }

    /** The visible profiles among the ids, in the order asked. */
    @GET
    @Path("/batch")
    public List<RepProfile> batch(
            @QueryParam("repId") List<String> repIds,
            @QueryParam("window") String window,
            @QueryParam("asOf") String asOf) {
        List<String> ids = repIds == null ? List.of() : repIds;
        if (ids.size() > config.maxBatchIds()) {
            throw ProblemException.badField(
                    "repId", "at most " + config.maxBatchIds() + " ids per batch");
        }
        return indicators.profiles(
                caller.get(),
                ids,
                IndicatorParams.window(window, Window.LAST_90_DAYS),
                IndicatorParams.asOf(asOf));
    }
}
