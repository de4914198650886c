package io.onme.playbook.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.onme.playbook.domain.ArchetypeKey;
import io.onme.playbook.domain.Enums;
import io.onme.playbook.service.ArchetypeService;
import io.onme.support.CurrentCaller;
import io.onme.support.ProblemException;
import io.quarkus.security.Authenticated;

/** The archetype catalogue: the same for every tenant, read-only. */
@Path("/archetypes")
@Authenticated
@Tag(name = "archetypes")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class ArchetypeResource {

    private final CurrentCaller caller;
    private final ArchetypeService archetypes;

    ArchetypeResource(CurrentCaller caller, ArchetypeService archetypes) {
        this.caller = caller;
        this.archetypes = archetypes;
    }

    @GET
    @Operation(summary = "The nine customer archetypes, in Hebrew and English")
    public List<ArchetypeDto> list() {
        caller.get();
        return archetypes.all().stream().map(PlaybookMapper::toDto).toList();
    }

    @GET
    @Path("/{key}")
    @Operation(summary = "One archetype by key")
    public ArchetypeDto get(@PathParam("key") String key) {
        caller.get();
        ArchetypeKey parsed;
        try {
            parsed = Enums.parse(ArchetypeKey.class, "key", key);
        } catch (ProblemException e) {
            throw ProblemException.notFound("archetype " + key);
        }
        return archetypes
                .find(parsed)
                .map(PlaybookMapper::toDto)
                .orElseThrow(() -> ProblemException.notFound("archetype " + key));
    }
}
