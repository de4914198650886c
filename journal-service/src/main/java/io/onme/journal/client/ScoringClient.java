package io.onme.journal.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * scoring-service, as the outbox relay uses it. Blocking calls: the relay runs on a worker thread,
 * never on the event loop. Errors surface as WebApplicationException (status) or
 * ProcessingException (unreachable, timeout).
 */
@RegisterRestClient(configKey = "scoring")
@Path("/scores")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface ScoringClient {

    @PUT
    @Path("/{encounterId}")
    ScoreFact putScore(
            @PathParam("encounterId") String encounterId,
            @HeaderParam("Authorization") String bearer,
            ScoreRequest request);

    @DELETE
    @Path("/{encounterId}")
    void deleteScore(
            @PathParam("encounterId") String encounterId,
            @HeaderParam("Authorization") String bearer);
}
