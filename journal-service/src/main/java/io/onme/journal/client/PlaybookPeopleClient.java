package io.onme.journal.client;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * playbook-service's {@code DELETE /people/{personId}}, as the erasure relay uses it: the person's
 * data in the token's tenant is erased (author fields become "erased"), idempotently. Blocking, on
 * the relay's worker thread; errors surface as WebApplicationException (status) or
 * ProcessingException.
 */
@RegisterRestClient(configKey = "playbook")
@Path("/people")
public interface PlaybookPeopleClient {

    @DELETE
    @Path("/{personId}")
    void erasePerson(
            @PathParam("personId") String personId, @HeaderParam("Authorization") String bearer);
}
