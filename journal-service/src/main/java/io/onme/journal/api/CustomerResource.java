package io.onme.journal.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.onme.journal.service.CustomerService;
import io.onme.journal.service.CustomerView;
import io.onme.journal.service.EncounterView;
import io.onme.journal.service.Limits;
import io.onme.support.CurrentCaller;
import io.quarkus.security.Authenticated;

/** The tenant's customer registry. */
@Path("/customers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

    private static final int MAX_SEQUENCE = 500;

    @Inject
    CurrentCaller caller;

    @Inject
    CustomerService service;

    /** A customer and the caller's visible encounters with them, oldest first. */
    public record CustomerSequenceView(
            CustomerView customer, List<EncounterView> encounters, long totalCount) {
    }

    @GET
    @Operation(summary = "Customers of the tenant whose name starts with the prefix (Hebrew or English, case-insensitive)")
    public List<CustomerView> search(
            @QueryParam("prefix") String prefix, @QueryParam("limit") String limit) {
        return service.search(
                caller.get(),
                prefix,
                QueryParams.limit(limit, Limits.DEFAULT_PAGE, Limits.MAX_PAGE));
    }

    @GET
    @Path("/{id}")
    public CustomerView get(@PathParam("id") String id) {
        return service.get(caller.get(), id);
    }

    @GET
    @Path("/{id}/encounters")
    @Operation(summary = "The sequence of encounters with a customer, oldest first (persistence indicators)")
    public CustomerSequenceView sequence(
            @PathParam("id") String id, @QueryParam("limit") String limit) {
        CustomerService.Sequence sequence = service.sequence(
                caller.get(), id, QueryParams.limit(limit, MAX_SEQUENCE, MAX_SEQUENCE));
        return new CustomerSequenceView(
                sequence.customer(), sequence.encounters(), sequence.totalCount());
    }
}
