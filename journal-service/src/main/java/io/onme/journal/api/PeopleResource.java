package io.onme.journal.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.onme.journal.service.DataExportService;
import io.onme.support.Caller;
import io.onme.support.CurrentCaller;
import io.quarkus.security.Authenticated;

/** Data rights of the caller (docs/coaching-not-surveillance.md). */
@Path("/people")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    @Inject
    CurrentCaller caller;

    @Inject
    DataExportService service;

    @GET
    @Path("/me/export")
    @Operation(summary = "The caller's own data in the journal: every encounter they logged, as the API"
            + " shows it, with the notes on it")
    public DataExportView export() {
        Caller me = caller.get();
        return new DataExportView(
                me.memberId(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                service.ownEncounters(me));
    }
}
