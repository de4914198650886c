package io.onme.gateway.api;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.onme.gateway.api.model.Analysis;
import io.onme.gateway.api.model.Archetype;
import io.onme.gateway.api.model.BlameTarget;
import io.onme.gateway.api.model.CoachingNote;
import io.onme.gateway.api.model.Encounter;
import io.onme.gateway.api.model.EncounterConnection;
import io.onme.gateway.api.model.EncounterData;
import io.onme.gateway.api.model.EncounterEdge;
import io.onme.gateway.api.model.EncounterFilter;
import io.onme.gateway.api.model.LogEncounterInput;
import io.onme.gateway.api.model.Playbook;
import io.onme.gateway.api.model.PlaybookData;
import io.onme.gateway.api.model.UpdateEncounterInput;
import io.onme.gateway.client.Credentials;
import io.onme.gateway.client.EncounterQuery;
import io.onme.gateway.client.JournalBackend;
import io.onme.gateway.client.LogEncounterRequest;
import io.onme.gateway.client.NoteRequest;
import io.onme.gateway.client.PlaybookBackend;
import io.onme.gateway.client.ScoreFactData;
import io.onme.gateway.client.SuggestionsRequest;
import io.onme.gateway.client.UpdateEncounterRequest;
import io.onme.gateway.config.GatewayConfig;
import io.onme.gateway.error.GatewayException;
import io.onme.gateway.security.Caller;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.CompositeException;
import io.smallrye.mutiny.Uni;

/**
 * Encounters from journal-service. The nested fields that other services own are resolved for a
 * whole list of encounters at once ({@code @Source List<Encounter>}): one call per service per
 * query level.
 */
@GraphQLApi
public class EncounterApi {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The services' batch endpoints take at most this many ids per call. */
    private static final int BATCH_LIMIT = 100;

    /** The fields of a page's encounters (under edges, node) that need their score facts. */
    static final Set<String> SCORED_FIELDS = Set.of("analysis", "suggestedPlaybooks", "reading", "readingWithheld");

    private static final List<String> PAGE_NODES = List.of("edges", "node");

    /** Analysis's fields that scoring-service leaves out of its summary view. */
    static final Set<String> ANALYSIS_DETAIL = Set.of("evidence", "reframes");

    /** Playbook's fields that playbook-service leaves out of its summary view. */
    private static final Set<String> PLAYBOOK_CONTENT = Set.of("stance", "steps", "phrasesToUse", "phrasesToAvoid");

    @Inject
    Caller caller;

    @Inject
    RequestData requestData;

    @Inject
    JournalBackend journal;

    @Inject
    PlaybookBackend playbooks;

    @Inject
    GatewayConfig config;

    /**
     * SmallRye's view of the field being resolved: {@link Selections} reads what the query selects
     * under it.
     */
    @Inject
    Context context;

    @Query("encounters")
    @NonNull
    public Uni<EncounterConnection> encounters(
            @Name("filter") EncounterFilter filter,
            @Name("first") @DefaultValue("20") Integer first,
            @Name("after") String after) {
        int size = Pages.first(first, config.maxPageSize());
        Pages.Position position = Pages.position(after);
        EncounterFilter f = filter == null
                ? new EncounterFilter(null, null, null, null, null, null, null, null)
                : filter;
        EncounterQuery query = new EncounterQuery(
                f.repId(),
                f.teamId(),
                f.customerId(),
                PlaybookApi.name(f.outcome()),
                PlaybookApi.name(f.stance()),
                PlaybookApi.name(f.archetype()),
                instant(f.from()),
                instant(f.to()));
        // analysis and suggestedPlaybooks, one level down, both need the page's score facts: asked
        // for as soon as
        // the page is here, scoring-service works while graphql-java completes the page's own
        // fields
        boolean scoresNeeded = Selections.anySelectedAt(context, PAGE_NODES, SCORED_FIELDS);
        boolean scoreDetail = scoresNeeded && scoreDetailSelected();
        return journal.encounters(
                caller.credentials(),
                query,
                Pages.serviceLimit(position, size, config.maxPageSize()),
                position.serviceAfter())
                .map(
                        page -> {
                            var slice = Pages.slice(
                                    page,
                                    position,
                                    size,
                                    (cursor, data) -> new EncounterEdge(cursor, new Encounter(data)));
                            if (scoresNeeded) {
                                requestData.prefetchScores(
                                        slice.edges().stream()
                                                .map(edge -> edge.node().getId())
                                                .toList(),
                                        scoreDetail);
                            }
                            return new EncounterConnection(
                                    slice.edges(), slice.pageInfo(), slice.totalCount());
                        });
    }

    @Query("encounter")
    public Uni<Encounter> encounter(@Name("id") @Id @NonNull String id) {
        return journal.encounter(caller.credentials(), id).map(Encounter::new);
    }

    @Mutation("logEncounter")
    @NonNull
    @Description("Logs an encounter of the caller. With clientRequestId, sending the same input again returns the "
            + "encounter the first one created.")
    public Uni<Encounter> logEncounter(@Name("input") @NonNull LogEncounterInput input) {
        String clientRequestId = clientRequestId(input.clientRequestId());
        LogEncounterRequest request = new LogEncounterRequest(
                new LogEncounterRequest.Customer(
                        input.customer().id(), input.customer().name()),
                input.occurredAt().toInstant(),
                input.channel(),
                input.archetype(),
                input.intensity(),
                input.tactics(),
                input.playbookIds(),
                input.outcome(),
                input.dealValue() == null
                        ? null
                        : new io.onme.gateway.api.model.Money(
                                input.dealValue().amount(), input.dealValue().currency()),
                input.reflection(),
                input.language(),
                input.followUpAt() == null ? null : input.followUpAt().toInstant(),
                input.teamId(),
                clientRequestId);
        return journal.log(caller.credentials(), request).map(Encounter::new);
    }

    /**
     * The idempotency key as journal-service keeps it: a UUID in its canonical lower-case form, so
     * that the same key written in capitals is the same key. Anything else is the client's mistake.
     */
    static String clientRequestId(String value) {
        if (value == null) {
            return null;
        }
        if (!UUID_TEXT.matcher(value).matches()) {
            throw GatewayException.badInput(
                    "clientRequestId",
                    "clientRequestId must be a UUID (8-4-4-4-12 hexadecimal digits)");
        }
        return value.toLowerCase(Locale.ROOT);
    }

    @Mutation("updateEncounter")
    @NonNull
    public Uni<Encounter> updateEncounter(
            @Name("id") @Id @NonNull String id,
            @Name("input") @NonNull UpdateEncounterInput input) {
        UpdateEncounterRequest request = new UpdateEncounterRequest(
                input.outcome(),
                input.reflection(),
                input.followUpAt() == null ? null : input.followUpAt().toInstant(),
                input.tactics());
        return journal.update(caller.credentials(), id, request).map(Encounter::new);
    }

    @Mutation("addCoachingNote")
    @NonNull
    public Uni<CoachingNote> addCoachingNote(
            @Name("encounterId") @Id @NonNull String encounterId,
            @Name("text") @NonNull String text) {
        if (text.isBlank()) {
            throw GatewayException.badInput("text", "text must not be blank");
        }
        return journal.addNote(caller.credentials(), encounterId, new NoteRequest(text));
    }

    /** Every encounter's archetype from one catalogue fetch per request. */
    @Name("archetype")
    public Uni<List<Archetype>> archetype(@Source List<Encounter> sources) {
        var language = caller.languageOrDefault();
        return requestData
                .archetypes()
                .map(
                        catalogue -> PlaybookApi.archetypesOf(
                                sources.stream()
                                        .map(encounter -> encounter.data().archetype())
                                        .toList(),
                                catalogue,
                                language));
    }

    /**
     * All encounters' analyses from one {@code GET /scores/batch}. Null while the score is pending.
     */
    @Name("analysis")
    @Description("Null while the score is pending.")
    public Uni<List<Analysis>> analysis(@Source List<Encounter> sources) {
        return requestData
                .scores(sources.stream().map(Encounter::getId).toList(), scoreDetailSelected())
                .map(
                        facts -> sources.stream()
                                .map(
                                        encounter -> {
                                            ScoreFactData fact = facts.get(encounter.getId());
                                            return fact == null ? null : fact.analysis();
                                        })
                                .toList());
    }

    /**
     * All encounters' playbooks from one {@code GET /playbooks/batch} (more when they reference
     * over 100 distinct playbooks). Nullable so that playbook-service being down costs only this
     * field.
     */
    @Name("playbooksUsed")
    public Uni<List<List<@NonNull Playbook>>> playbooksUsed(@Source List<Encounter> sources) {
        List<String> ids = new ArrayList<>(
                new LinkedHashSet<>(
                        sources.stream()
                                .flatMap(
                                        encounter -> encounter.data().playbookIds().stream())
                                .toList()));
        if (ids.isEmpty()) {
            return Uni.createFrom()
                    .item(sources.stream().map(encounter -> List.<Playbook> of()).toList());
        }
        List<Uni<List<PlaybookData>>> calls = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH_LIMIT) {
            calls.add(
                    playbooks.batch(
                            caller.credentials(),
                            ids.subList(from, Math.min(ids.size(), from + BATCH_LIMIT))));
        }
        return Uni.join()
                .all(calls)
                .andCollectFailures()
                .onFailure(CompositeException.class)
                .transform(failure -> failure.getCauses().get(0))
                .map(
                        parts -> {
                            Map<String, PlaybookData> byId = new HashMap<>();
                            parts.forEach(
                                    part -> part.forEach(
                                            playbook -> byId.put(playbook.id(), playbook)));
                            return sources.stream()
                                    .map(
                                            encounter -> encounter.data().playbookIds().stream()
                                                    .map(byId::get)
                                                    .filter(java.util.Objects::nonNull)
                                                    .map(Playbook::new)
                                                    .toList())
                                    .toList();
                        });
    }

    /**
     * Playbooks for each encounter's archetype and blame pattern: the blame targets of the reading
     * that counts (a coach's correction over the machine's analysis), from the same score facts as
     * {@code analysis} (shared per request), then one {@code POST /playbooks/suggestions} for all.
     * Without scores (pending, or scoring down) the suggestions go by archetype alone.
     */
    @Name("suggestedPlaybooks")
    @Description("Playbooks for this encounter's archetype and blame pattern.")
    public Uni<List<List<@NonNull Playbook>>> suggestedPlaybooks(
            @Source List<Encounter> sources, @Name("first") @DefaultValue("3") Integer first) {
        int limit = first == null ? 3 : first;
        if (limit < 1 || limit > 20) {
            throw GatewayException.badInput("first", "first must be between 1 and 20");
        }
        Credentials credentials = caller.credentials();
        // a list of suggestions is mostly shown by title: the content comes only when the query
        // selects it
        boolean contentNeeded = Selections.anySelected(context, PLAYBOOK_CONTENT);
        return requestData
                .scores(sources.stream().map(Encounter::getId).toList(), scoreDetailSelected())
                .onFailure()
                .recoverWithItem(Map.of())
                .flatMap(
                        facts -> {
                            // one entry per encounter, however often the query reaches it (two
                            // aliases of a list, a page and
                            // encounter(id)): playbook-service refuses repeated keys
                            Map<String, SuggestionsRequest.Entry> entries = new LinkedHashMap<>();
                            for (Encounter encounter : sources) {
                                EncounterData data = encounter.data();
                                entries.putIfAbsent(
                                        data.id(),
                                        new SuggestionsRequest.Entry(
                                                data.id(),
                                                data.archetype(),
                                                blameTargets(facts.get(data.id())),
                                                data.language(),
                                                data.teamId(),
                                                limit));
                            }
                            return playbooks.suggestions(
                                    credentials,
                                    new SuggestionsRequest(new ArrayList<>(entries.values())),
                                    contentNeeded);
                        })
                .map(
                        response -> sources.stream()
                                .map(
                                        encounter -> response
                                                .results()
                                                .getOrDefault(
                                                        encounter.getId(),
                                                        List.of())
                                                .stream()
                                                .map(Playbook::new)
                                                .toList())
                                .toList());
    }

    /**
     * The blame targets suggestions follow: the reading that counts (a coach's correction) when
     * there is one, else the machine's; none without a visible score.
     */
    static List<BlameTarget> blameTargets(ScoreFactData fact) {
        if (fact == null) {
            return List.of();
        }
        if (fact.reading() != null && fact.reading().stance() != null) {
            return fact.reading().blameTargets();
        }
        return fact.analysis() == null ? List.of() : fact.analysis().blameTargets();
    }

    /**
     * Whether the score facts are fetched with their evidence and reframes: decided for the whole
     * document, so that analysis and suggestedPlaybooks (which reads only blame targets) ask for
     * the same view and share one call.
     */
    private boolean scoreDetailSelected() {
        return Selections.anyInDocument(context, ANALYSIS_DETAIL);
    }

    private static String instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant().toString();
    }
}
