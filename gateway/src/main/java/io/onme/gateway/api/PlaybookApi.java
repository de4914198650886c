package io.onme.gateway.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

import io.onme.gateway.api.model.Archetype;
import io.onme.gateway.api.model.ArchetypeKey;
import io.onme.gateway.api.model.Language;
import io.onme.gateway.api.model.Playbook;
import io.onme.gateway.api.model.PlaybookConnection;
import io.onme.gateway.api.model.PlaybookEdge;
import io.onme.gateway.api.model.PlaybookFilter;
import io.onme.gateway.api.model.PlaybookInput;
import io.onme.gateway.client.ArchetypeData;
import io.onme.gateway.client.PlaybookBackend;
import io.onme.gateway.client.PlaybookRequest;
import io.onme.gateway.config.GatewayConfig;
import io.onme.gateway.security.Caller;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;

/** Archetypes and playbooks, from playbook-service. */
@GraphQLApi
public class PlaybookApi {

    @Inject
    Caller caller;

    @Inject
    RequestData requestData;

    @Inject
    PlaybookBackend playbooks;

    @Inject
    GatewayConfig config;

    @Query("archetypes")
    @NonNull
    public Uni<List<@NonNull Archetype>> archetypes() {
        Language language = caller.languageOrDefault();
        return playbooks
                .archetypes(caller.credentials())
                .map(list -> list.stream().map(data -> archetype(data, language)).toList());
    }

    @Query("playbooks")
    @NonNull
    public Uni<PlaybookConnection> playbooks(
            @Name("filter") PlaybookFilter filter,
            @Name("first") @DefaultValue("20") Integer first,
            @Name("after") String after) {
        int size = Pages.first(first, config.maxPageSize());
        Pages.Position position = Pages.position(after);
        PlaybookFilter f = filter == null ? new PlaybookFilter(null, null, null, null, null) : filter;
        return playbooks
                .playbooks(
                        caller.credentials(),
                        name(f.archetype()),
                        name(f.language()),
                        name(f.status()),
                        f.teamId(),
                        blankToNull(f.search()),
                        Pages.serviceLimit(position, size, config.maxPageSize()),
                        position.serviceAfter())
                .map(
                        page -> {
                            var slice = Pages.slice(
                                    page,
                                    position,
                                    size,
                                    (cursor, data) -> new PlaybookEdge(cursor, new Playbook(data)));
                            return new PlaybookConnection(
                                    slice.edges(), slice.pageInfo(), slice.totalCount());
                        });
    }

    @Query("playbook")
    public Uni<Playbook> playbook(@Name("id") @Id @NonNull String id) {
        return playbooks.playbook(caller.credentials(), id).map(Playbook::new);
    }

    @Mutation("createPlaybook")
    @NonNull
    public Uni<Playbook> createPlaybook(@Name("input") @NonNull PlaybookInput input) {
        return playbooks.create(caller.credentials(), request(input, null)).map(Playbook::new);
    }

    @Mutation("updatePlaybook")
    @NonNull
    @Description("Edits a draft (editing a published playbook makes the next draft). With expectedRevision, a stale edit is a CONFLICT.")
    public Uni<Playbook> updatePlaybook(
            @Name("id") @Id @NonNull String id,
            @Name("input") @NonNull PlaybookInput input,
            @Name("expectedRevision") Integer expectedRevision) {
        return playbooks
                .update(
                        caller.credentials(),
                        id,
                        request(
                                input,
                                expectedRevision == null ? null : expectedRevision.longValue()))
                .map(Playbook::new);
    }

    @Mutation("publishPlaybook")
    @NonNull
    public Uni<Playbook> publishPlaybook(@Name("id") @Id @NonNull String id) {
        return playbooks.publish(caller.credentials(), id).map(Playbook::new);
    }

    @Mutation("archivePlaybook")
    @NonNull
    public Uni<Playbook> archivePlaybook(@Name("id") @Id @NonNull String id) {
        return playbooks.archive(caller.credentials(), id).map(Playbook::new);
    }

    /** Every playbook's archetype from one catalogue fetch per request. */
    @Name("archetype")
    @NonNull
    public Uni<List<@NonNull Archetype>> archetype(@Source List<Playbook> sources) {
        Language language = caller.languageOrDefault();
        return requestData
                .archetypes()
                .map(
                        catalogue -> archetypesOf(
                                sources.stream()
                                        .map(playbook -> playbook.data().archetype())
                                        .toList(),
                                catalogue,
                                language));
    }

    @Name("name")
    @NonNull
    @NonBlocking
    public String name(@Source Archetype archetype, @Name("language") Language language) {
        return archetype.nameIn(language);
    }

    @Name("signals")
    @NonNull
    @NonBlocking
    public List<@NonNull String> signals(
            @Source Archetype archetype, @Name("language") Language language) {
        return archetype.signalsIn(language);
    }

    @Name("ownershipStance")
    @NonNull
    @NonBlocking
    public String ownershipStance(
            @Source Archetype archetype, @Name("language") Language language) {
        return archetype.ownershipStanceIn(language);
    }

    static Archetype archetype(ArchetypeData data, Language language) {
        return new Archetype(
                data.key(),
                data.difficulty(),
                data.name(),
                data.signals(),
                data.ownershipStance(),
                language);
    }

    /**
     * Archetypes in the order of the keys; a key the catalogue lacks still answers with its key.
     */
    static List<Archetype> archetypesOf(
            List<ArchetypeKey> keys,
            Map<ArchetypeKey, ArchetypeData> catalogue,
            Language language) {
        List<Archetype> result = new ArrayList<>(keys.size());
        for (ArchetypeKey key : keys) {
            if (key == null) {
                result.add(null);
                continue;
            }
            ArchetypeData data = catalogue.get(key);
            result.add(
                    data != null
                            ? archetype(data, language)
                            : new Archetype(key, 0, null, null, null, language));
        }
        return result;
    }

    private static PlaybookRequest request(PlaybookInput input, Long expectedRevision) {
        return new PlaybookRequest(
                input.archetype(),
                input.language(),
                input.title(),
                input.stance(),
                input.steps().stream()
                        .map(step -> new PlaybookRequest.Step(step.title(), step.detail()))
                        .toList(),
                input.phrasesToUse(),
                input.phrasesToAvoid(),
                input.teamId(),
                input.tags(),
                expectedRevision);
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
