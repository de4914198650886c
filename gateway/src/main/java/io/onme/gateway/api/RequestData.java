package io.onme.gateway.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.onme.gateway.api.model.ArchetypeKey;
import io.onme.gateway.api.model.RepProfile;
import io.onme.gateway.client.ArchetypeData;
import io.onme.gateway.client.PlaybookBackend;
import io.onme.gateway.client.ScoreFactData;
import io.onme.gateway.client.ScoringBackend;
import io.onme.gateway.security.Caller;
import io.smallrye.mutiny.Uni;

/**
 * What one GraphQL request has already asked the services for. Two resolvers that need the same data at the
 * same level (analysis and suggestedPlaybooks both need the score facts) share one call.
 */
@RequestScoped
public class RequestData {

    @Inject
    Caller caller;

    @Inject
    ScoringBackend scoring;

    @Inject
    PlaybookBackend playbooks;

    private final Map<String, Uni<Optional<ScoreFactData>>> scores = new HashMap<>();
    private final Map<String, Uni<List<RepProfile>>> leaderboards = new ConcurrentHashMap<>();
    private Uni<Map<ArchetypeKey, ArchetypeData>> archetypes;

    /** The score facts of these encounters (absent when not scored or not visible), one call for the new ids. */
    public Uni<Map<String, ScoreFactData>> scores(Collection<String> encounterIds) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(encounterIds));
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<Uni<Optional<ScoreFactData>>> parts = new ArrayList<>();
        synchronized (scores) {
            List<String> missing = ids.stream().filter(id -> !scores.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                Uni<Map<String, ScoreFactData>> batch = scoring.scores(caller.bearer(), missing)
                        .map(RequestData::byEncounter)
                        .memoize().indefinitely();
                for (String id : missing) {
                    scores.put(id, batch.map(found -> Optional.ofNullable(found.get(id))));
                }
            }
            ids.forEach(id -> parts.add(scores.get(id)));
        }
        return Uni.join().all(parts).andFailFast().map(found -> {
            Map<String, ScoreFactData> result = new HashMap<>();
            found.forEach(fact -> fact.ifPresent(value -> result.put(value.encounterId(), value)));
            return result;
        });
    }

    /** The archetype catalogue, fetched at most once per request. */
    public synchronized Uni<Map<ArchetypeKey, ArchetypeData>> archetypes() {
        if (archetypes == null) {
            archetypes = playbooks.archetypes(caller.bearer()).map(list -> {
                Map<ArchetypeKey, ArchetypeData> byKey = new HashMap<>();
                list.forEach(archetype -> byKey.put(archetype.key(), archetype));
                return byKey;
            }).memoize().indefinitely();
        }
        return archetypes;
    }

    /** A team's leaderboard for a window, fetched at most once per request. */
    public Uni<List<RepProfile>> leaderboard(String teamId, String window) {
        return leaderboards.computeIfAbsent(teamId + "|" + window,
                key -> scoring.leaderboard(caller.bearer(), teamId, window).memoize().indefinitely());
    }

    private static Map<String, ScoreFactData> byEncounter(List<ScoreFactData> facts) {
        Map<String, ScoreFactData> byId = new HashMap<>();
        if (facts != null) {
            facts.forEach(fact -> byId.put(fact.encounterId(), fact));
        }
        return byId;
    }
}
