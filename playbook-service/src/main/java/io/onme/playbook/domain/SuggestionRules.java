package io.onme.playbook.domain;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which archetypes' playbooks help after an encounter, in order of relevance.
 *
 * <p>
 * The encounter's own archetype comes first. Each blame target then adds the archetypes whose
 * playbook turns that blame into ownership (ownership model §3–4: the reframe of a blame is the
 * stance of the matching playbook):
 *
 * <ul>
 * <li>PRICE → PRICE_FOCUSED ("too expensive" → show value worth the price)
 * <li>CUSTOMER → NOT_LISTENING, HOSTILE, ANTAGONISTIC, CLOSED (the customer traits reps blame
 * most: "he doesn't listen", "he was rude", "he argues", "he gives nothing away"); when the
 * encounter names one of them it is already first
 * <li>MARKET → SKEPTICAL, UNINTERESTED (competition and timing → remove doubts, raise interest)
 * <li>PRODUCT → SKEPTICAL (doubts about what we sell → bring proof)
 * <li>OPERATIONS → DISTRUSTFUL (late deliveries and broken promises → rebuild trust)
 * <li>MANAGEMENT → none: an internal complaint says nothing about the customer, so only the
 * encounter's archetype counts
 * </ul>
 *
 * Targets are taken in the order given (the analysis lists the strongest first).
 */
public final class SuggestionRules {

    private static final Map<BlameTarget, List<ArchetypeKey>> BY_TARGET = new EnumMap<>(BlameTarget.class);

    static {
        BY_TARGET.put(BlameTarget.PRICE, List.of(ArchetypeKey.PRICE_FOCUSED));
        BY_TARGET.put(
                BlameTarget.CUSTOMER,
                List.of(
                        ArchetypeKey.NOT_LISTENING,
                        ArchetypeKey.HOSTILE,
                        ArchetypeKey.ANTAGONISTIC,
                        ArchetypeKey.CLOSED));
        BY_TARGET.put(
                BlameTarget.MARKET, List.of(ArchetypeKey.SKEPTICAL, ArchetypeKey.UNINTERESTED));
        BY_TARGET.put(BlameTarget.PRODUCT, List.of(ArchetypeKey.SKEPTICAL));
        BY_TARGET.put(BlameTarget.OPERATIONS, List.of(ArchetypeKey.DISTRUSTFUL));
        BY_TARGET.put(BlameTarget.MANAGEMENT, List.of());
    }

    private SuggestionRules() {
    }

    public static List<ArchetypeKey> archetypesFor(BlameTarget target) {
        return BY_TARGET.get(target);
    }

    /** The archetypes to suggest for, most relevant first, without repeats. */
    public static List<ArchetypeKey> relevantArchetypes(
            ArchetypeKey encounterArchetype, List<BlameTarget> targets) {
        Set<ArchetypeKey> ordered = new LinkedHashSet<>();
        if (encounterArchetype != null) {
            ordered.add(encounterArchetype);
        }
        if (targets != null) {
            for (BlameTarget target : targets) {
                ordered.addAll(BY_TARGET.get(target));
            }
        }
        return List.copyOf(ordered);
    }

    /**
     * Where a playbook comes from, in the order suggestions prefer: the caller's team first, then
     * the tenant library, then the built-in catalogue. Other teams' playbooks are not suggested
     * (they fit another team's customers).
     */
    public enum Scope {
        TEAM,
        LIBRARY,
        BUILT_IN,
        OTHER_TEAM;

        public static Scope of(boolean builtIn, String playbookTeam, String requestTeam) {
            if (builtIn) {
                return BUILT_IN;
            }
            if (playbookTeam == null) {
                return LIBRARY;
            }
            return playbookTeam.equals(requestTeam) ? TEAM : OTHER_TEAM;
        }
    }
}
