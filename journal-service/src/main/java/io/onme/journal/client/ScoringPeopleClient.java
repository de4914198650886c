package io.onme.journal.client;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * scoring-service's {@code DELETE /people/{personId}}, as the erasure relay uses it: the person's
 * data in the token's tenant is erased (score facts, readings, history and team membership rows),
 * idempotently. Blocking, on the relay's worker thread; errors surface as WebApplicationException
 * (status) or ProcessingException.
 */
@RegisterRestClient(configKey = "scoring")
@Path("/people")
public interface ScoringPeopleClient {

    @DELETE
    @Path("/{personId}")
    void erasePerson(
            @PathParam("personId") String personId, @HeaderParam("Authorization") String bearer);
}
