package io.onme.playbook.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.onme.playbook.domain.SuggestionRequest;
import io.onme.playbook.service.SuggestionService;
import io.onme.support.Caller;
import io.onme.support.CurrentCaller;
import io.onme.support.ProblemException;
import io.quarkus.security.Authenticated;

/**
 * Playbook suggestions for encounters, batched: the gateway sends every {@code
 * Encounter.suggestedPlaybooks} of one GraphQL request in a single call.
 */
@Path("/playbooks/suggestions")
@Authenticated
@Tag(name = "playbooks")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionResource {

    static final int DEFAULT_LIMIT = 3;

    private final CurrentCaller currentCaller;
    private final SuggestionService service;

    SuggestionResource(CurrentCaller currentCaller, SuggestionService service) {
        this.currentCaller = currentCaller;
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suggested playbooks for many encounters in one call")
    public SuggestionsDto<?> suggest(
            @NotNull @Valid SuggestionInput body,
            @Parameter(description = "full (default): whole playbooks; summary: without "
                    + "stance, steps and phrases") @QueryParam("view") String view) {
        Function<PlaybookDto, Object> shown = summary(view) ? PlaybookSummaryDto::of : dto -> dto;
        Caller caller = currentCaller.get();
        List<SuggestionRequest> requests = body.requests().stream()
                .map(
                        r -> new SuggestionRequest(
                                r.key(),
                                r.archetype(),
                                r.blameTargets() == null
                                        ? List.of()
                                        : r.blameTargets(),
                                r.language(),
                                Params.blankToNull(r.teamId()),
                                r.limit() == null ? DEFAULT_LIMIT : r.limit()))
                .toList();
        Map<String, List<Object>> results = new LinkedHashMap<>();
        service.suggest(caller, requests)
                .forEach(
                        (key, playbooks) -> results.put(
                                key,
                                playbooks.stream()
                                        .map(
                                                p -> shown.apply(
                                                        PlaybookMapper.toDto(
                                                                p, caller)))
                                        .toList()));
        return new SuggestionsDto<>(results);
    }

    private static boolean summary(String view) {
        if (view == null || view.isBlank() || view.equals("full")) {
            return false;
        }
        if (view.equals("summary")) {
            return true;
        }
        throw ProblemException.badField("view", "must be full or summary");
    }
}
