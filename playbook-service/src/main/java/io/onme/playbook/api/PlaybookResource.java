package io.onme.playbook.api;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.onme.playbook.domain.ArchetypeKey;
import io.onme.playbook.domain.Enums;
import io.onme.playbook.domain.Language;
import io.onme.playbook.domain.PlaybookContent;
import io.onme.playbook.domain.PlaybookFilter;
import io.onme.playbook.domain.PlaybookStatus;
import io.onme.playbook.domain.SearchQuery;
import io.onme.playbook.domain.StepData;
import io.onme.playbook.service.Playbook;
import io.onme.playbook.service.PlaybookService;
import io.onme.playbook.service.PlaybookVersion;
import io.onme.playbook.service.PlaybookView;
import io.onme.support.Caller;
import io.onme.support.CurrentCaller;
import io.onme.support.ProblemException;
import io.quarkus.security.Authenticated;

/** Playbooks: built-ins for every tenant, the tenant library and team playbooks. */
@Path("/playbooks")
@Authenticated
@Tag(name = "playbooks")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class PlaybookResource {

    static final int MAX_BATCH = 100;
    private static final int MAX_QUERY = 200;

    private final CurrentCaller currentCaller;
    private final PlaybookService service;

    PlaybookResource(CurrentCaller currentCaller, PlaybookService service) {
        this.currentCaller = currentCaller;
        this.service = service;
    }

    @GET
    @Operation(summary = "Filter and search playbooks (cursor pages)")
    public PageDto<PlaybookDto> list(
            @QueryParam("archetype") String archetype,
            @QueryParam("language") String language,
            @QueryParam("status") String status,
            @QueryParam("teamId") String teamId,
            @QueryParam("q") String q,
            @QueryParam("limit") String limit,
            @QueryParam("after") String after) {
        Caller caller = currentCaller.get();
        if (q != null && q.length() > MAX_QUERY) {
            throw ProblemException.badField("q", "must be at most " + MAX_QUERY + " characters");
        }
        PlaybookStatus parsedStatus = Enums.parse(PlaybookStatus.class, "status", status);
        PlaybookFilter filter = new PlaybookFilter(
                Enums.parse(ArchetypeKey.class, "archetype", archetype),
                Enums.parse(Language.class, "language", language),
                parsedStatus == null ? PlaybookStatus.PUBLISHED : parsedStatus,
                Params.blankToNull(teamId),
                SearchQuery.parse(q));
        PlaybookService.Page page = service.page(caller, filter, Params.limit(limit), Params.blankToNull(after));
        return new PageDto<>(
                page.items().stream().map(p -> PlaybookMapper.toDto(p, caller)).toList(),
                page.nextCursor(),
                page.totalCount());
    }

    @GET
    @Path("/batch")
    @Operation(summary = "Visible playbooks by ids, in the order asked")
    public List<PlaybookDto> batch(@QueryParam("id") List<String> ids) {
        Caller caller = currentCaller.get();
        if (ids.size() > MAX_BATCH) {
            throw ProblemException.badField("id", "at most " + MAX_BATCH + " ids per call");
        }
        return service.batch(caller, ids).stream()
                .map(p -> PlaybookMapper.toDto(p, caller))
                .toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One playbook as published (or its first draft, for editors)")
    public PlaybookDto get(@PathParam("id") String id) {
        Caller caller = currentCaller.get();
        return PlaybookMapper.toDto(service.get(caller, id), caller);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft in the tenant library or a team")
    @APIResponse(responseCode = "201", description = "The new draft", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaybookDto.class)))
    @APIResponse(responseCode = "403", description = "A rep, or a coach naming a team they do not coach")
    public RestResponse<PlaybookDto> create(@NotNull @Valid PlaybookInput body) {
        Caller caller = currentCaller.get();
        PlaybookDto created = PlaybookMapper.toDto(service.create(caller, content(body)), caller);
        return RestResponse.ResponseBuilder.<PlaybookDto> created(
                URI.create("/playbooks/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a draft, or draft the next version of a published playbook")
    @APIResponse(responseCode = "200", description = "The edited draft", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaybookDto.class)))
    @APIResponse(responseCode = "403", description = "A built-in, or a playbook the caller may see but not change")
    @APIResponse(responseCode = "409", description = "A stale expectedRevision (stale-revision), or an archived playbook")
    public PlaybookDto update(@PathParam("id") String id, @NotNull @Valid PlaybookInput body) {
        Caller caller = currentCaller.get();
        return view(service.update(caller, id, content(body), body.expectedRevision()), caller);
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "Publish the draft as an immutable numbered version")
    @APIResponse(responseCode = "200", description = "The published playbook", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaybookDto.class)))
    @APIResponse(responseCode = "403", description = "A built-in, or a playbook the caller may see but not change")
    @APIResponse(responseCode = "409", description = "Nothing to publish, archived, or a stale expectedRevision")
    public PlaybookDto publish(
            @PathParam("id") String id, @QueryParam("expectedRevision") String expectedRevision) {
        Caller caller = currentCaller.get();
        return PlaybookMapper.toDto(
                service.publish(caller, id, revision(expectedRevision)), caller);
    }

    @POST
    @Path("/{id}/archive")
    @Operation(summary = "Archive a playbook; its versions stay readable")
    @APIResponse(responseCode = "200", description = "The archived playbook", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaybookDto.class)))
    @APIResponse(responseCode = "403", description = "A built-in, or a playbook the caller may see but not change")
    @APIResponse(responseCode = "409", description = "A stale expectedRevision")
    public PlaybookDto archive(
            @PathParam("id") String id, @QueryParam("expectedRevision") String expectedRevision) {
        Caller caller = currentCaller.get();
        return PlaybookMapper.toDto(
                service.archive(caller, id, revision(expectedRevision)), caller);
    }

    @POST
    @Path("/{id}/fork")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Copy a built-in or tenant playbook into the library or a team")
    @APIResponse(responseCode = "201", description = "The new draft copy", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaybookDto.class)))
    @APIResponse(responseCode = "403", description = "A target the caller does not manage")
    public RestResponse<PlaybookDto> fork(@PathParam("id") String id, @Valid ForkInput body) {
        Caller caller = currentCaller.get();
        PlaybookDto created = PlaybookMapper.toDto(
                service.fork(caller, id, body == null ? null : body.teamId()), caller);
        return RestResponse.ResponseBuilder.<PlaybookDto> created(
                URI.create("/playbooks/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}/draft")
    @Operation(summary = "The pending draft (editors only)")
    public PlaybookDto draft(@PathParam("id") String id) {
        Caller caller = currentCaller.get();
        return view(service.draft(caller, id), caller);
    }

    @GET
    @Path("/{id}/versions")
    @Operation(summary = "Every published version, oldest first")
    public List<PlaybookDto> versions(@PathParam("id") String id) {
        PlaybookService.History history = service.versions(currentCaller.get(), id);
        return history.versions().stream().map(v -> versionDto(history.playbook(), v)).toList();
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Operation(summary = "One published version")
    public PlaybookDto version(@PathParam("id") String id, @PathParam("version") String version) {
        Caller caller = currentCaller.get();
        int number;
        try {
            number = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("version " + version + " of playbook " + id);
        }
        PlaybookService.History history = service.version(caller, id, number);
        return versionDto(history.playbook(), history.versions().get(0));
    }

    private static PlaybookDto versionDto(Playbook playbook, PlaybookVersion v) {
        return PlaybookMapper.toDto(
                playbook, v.snapshot(), v.version(), PlaybookStatus.PUBLISHED, v.publishedAt());
    }

    private static PlaybookDto view(PlaybookView view, Caller caller) {
        return view.isDraftOfPublished()
                ? PlaybookMapper.toDto(
                        view.playbook(), view.draft(), view.version(), view.status(), view.at())
                : PlaybookMapper.toDto(view.playbook(), caller);
    }

    private static Long revision(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badField("expectedRevision", "must be a whole number");
        }
    }

    // input to stored content: trimmed text, empty lists instead of nulls
    static PlaybookContent content(PlaybookInput in) {
        return new PlaybookContent(
                in.archetype(),
                in.language(),
                Params.blankToNull(in.teamId()),
                in.title().strip(),
                in.stance().strip(),
                in.steps().stream()
                        .map(
                                s -> new StepData(
                                        s.title().strip(),
                                        s.detail() == null || s.detail().isBlank()
                                                ? null
                                                : s.detail().strip()))
                        .toList(),
                strip(in.phrasesToUse()),
                strip(in.phrasesToAvoid()),
                strip(in.tags()));
    }

    private static List<String> strip(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).toList();
    }
}
