package io.onme.playbook.service;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.onme.playbook.domain.ArchetypeKey;
import io.onme.playbook.domain.Language;
import io.onme.playbook.domain.SuggestionRequest;
import io.onme.playbook.domain.SuggestionRules;
import io.onme.playbook.domain.SuggestionRules.Scope;
import io.onme.playbook.persistence.PlaybookEntity;
import io.onme.playbook.persistence.PlaybookRepository;
import io.onme.support.Caller;
import io.onme.support.ProblemException;

/**
 * Suggests published playbooks for many encounters at once: one SQL query fetches every candidate
 * of every request, then each request is ranked in memory (see {@link SuggestionRules}): archetype
 * relevance first (the encounter's archetype, then the archetypes its blame targets map to), then
 * scope (the caller's team, the tenant library, the built-ins), then the most recently updated.
 */
@ApplicationScoped
public class SuggestionService {

    private final PlaybookRepository repository;

    SuggestionService(PlaybookRepository repository) {
        this.repository = repository;
    }

    public Map<String, List<Playbook>> suggest(Caller caller, List<SuggestionRequest> requests) {
        Set<String> keys = new HashSet<>();
        Set<ArchetypeKey> archetypes = EnumSet.noneOf(ArchetypeKey.class);
        Set<Language> languages = EnumSet.noneOf(Language.class);
        boolean anyLanguage = false;
        for (SuggestionRequest r : requests) {
            if (!keys.add(r.key())) {
                throw ProblemException.badField(
                        "requests.key", "must be unique; '" + r.key() + "' is repeated");
            }
            archetypes.addAll(SuggestionRules.relevantArchetypes(r.archetype(), r.blameTargets()));
            if (r.language() == null) {
                anyLanguage = true;
            } else {
                languages.add(r.language());
            }
        }
        List<PlaybookEntity> candidates = repository.publishedFor(caller, archetypes, anyLanguage ? List.of() : languages);

        Map<String, List<Playbook>> results = new LinkedHashMap<>();
        for (SuggestionRequest r : requests) {
            results.put(r.key(), Playbook.of(rank(caller, r, candidates)));
        }
        return results;
    }

    private static List<PlaybookEntity> rank(
            Caller caller, SuggestionRequest r, List<PlaybookEntity> candidates) {
        List<ArchetypeKey> relevant = SuggestionRules.relevantArchetypes(r.archetype(), r.blameTargets());
        // a team's playbooks only for its members: a request naming another team gets the library
        // and built-ins
        String team = r.teamId() != null
                ? (caller.teams().contains(r.teamId()) ? r.teamId() : null)
                : caller.teams().size() == 1 ? caller.teams().iterator().next() : null;
        return candidates.stream()
                .filter(p -> relevant.contains(p.archetype))
                .filter(p -> r.language() == null || r.language() == p.language)
                .filter(p -> Scope.of(p.builtIn, p.teamId, team) != Scope.OTHER_TEAM)
                .sorted(
                        Comparator.<PlaybookEntity> comparingInt(p -> relevant.indexOf(p.archetype))
                                .thenComparing(p -> Scope.of(p.builtIn, p.teamId, team))
                                .thenComparing(
                                        (PlaybookEntity p) -> p.updatedAt,
                                        Comparator.reverseOrder())
                                .thenComparing(p -> p.id))
                .limit(r.limit())
                .toList();
    }
}
