package io.onme.gateway.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.onme.gateway.api.model.ArchetypeKey;
import io.onme.gateway.client.ArchetypeData;
import io.onme.gateway.client.ScoreFactData;
import io.onme.gateway.client.ScoringBackend;
import io.onme.gateway.security.Caller;
import io.smallrye.mutiny.CompositeException;
import io.smallrye.mutiny.Uni;

/**
 * What one GraphQL request has already asked the services for. Two resolvers that need the same
 * data at the same level (analysis and suggestedPlaybooks both need the score facts) share one
 * call.
 */
@RequestScoped
public class RequestData {

    private static final Logger LOG = Logger.getLogger(RequestData.class);

    @Inject
    Caller caller;

    @Inject
    ScoringBackend scoring;

    @Inject
    ArchetypeCatalogue archetypeCatalogue;

    /**
     * Per encounter id, the (memoised) batch call that fetched it: with evidence and reframes, and
     * without.
     */
    private final Map<String, Uni<Map<String, ScoreFactData>>> detailedScoreBatches = new HashMap<>();

    private final Map<String, Uni<Map<String, ScoreFactData>>> summaryScoreBatches = new HashMap<>();
    private Uni<Map<ArchetypeKey, ArchetypeData>> archetypes;

    /**
     * The score facts of these encounters (absent when not scored or not visible), one call for the
     * new ids. Without {@code detail} their analyses have no evidence and reframes: every resolver
     * of a request is to pass the same value (see {@link EncounterApi}) so that they share the
     * calls.
     */
    public Uni<Map<String, ScoreFactData>> scores(Collection<String> encounterIds, boolean detail) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(encounterIds));
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Set<Uni<Map<String, ScoreFactData>>> batches = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, Uni<Map<String, ScoreFactData>>> scoreBatches = detail ? detailedScoreBatches : summaryScoreBatches;
        synchronized (scoreBatches) {
            List<String> missing = ids.stream().filter(id -> !scoreBatches.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                Uni<Map<String, ScoreFactData>> batch = scoring.scores(caller.credentials(), missing, detail)
                        .map(RequestData::byEncounter)
                        .memoize()
                        .indefinitely();
                missing.forEach(id -> scoreBatches.put(id, batch));
            }
            ids.forEach(id -> batches.add(scoreBatches.get(id)));
        }
        Uni<List<Map<String, ScoreFactData>>> all = batches.size() == 1
                ? batches.iterator().next().map(List::of)
                : Uni.join()
                        .all(new ArrayList<>(batches))
                        .andCollectFailures()
                        .onFailure(CompositeException.class)
                        .transform(failure -> failure.getCauses().get(0));
        return all.map(
                found -> {
                    Map<String, ScoreFactData> result = new HashMap<>();
                    found.forEach(result::putAll);
                    result.keySet().retainAll(ids);
                    return result;
                });
    }

    /**
     * Starts fetching these encounters' score facts now, for resolvers that will ask {@link
     * #scores} later in the request: they then share this call. A failure is left to them, each of
     * which reports it at its own field.
     */
    public void prefetchScores(Collection<String> encounterIds, boolean detail) {
        scores(encounterIds, detail)
                .subscribe()
                .with(
                        facts -> {
                        },
                        failure -> LOG.debugf(
                                "score prefetch failed (%s); the fields that need the scores report it",
                                failure.toString()));
    }

    /**
     * The archetype catalogue, asked for at most once per request (held between requests:
     * ArchetypeCatalogue).
     */
    public synchronized Uni<Map<ArchetypeKey, ArchetypeData>> archetypes() {
        if (archetypes == null) {
            archetypes = archetypeCatalogue.byKey(caller.credentials()).memoize().indefinitely();
        }
        return archetypes;
    }

    private static Map<String, ScoreFactData> byEncounter(List<ScoreFactData> facts) {
        Map<String, ScoreFactData> byId = new HashMap<>();
        if (facts != null) {
            facts.forEach(fact -> byId.put(fact.encounterId(), fact));
        }
        return byId;
    }
}
