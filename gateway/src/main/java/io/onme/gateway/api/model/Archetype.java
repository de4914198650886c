package io.onme.gateway.api.model;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A customer archetype of the catalogue. Its texts come in every language; the resolvers in {@code
 * PlaybookApi} pick one per field (argument, else the caller's language).
 */
public class Archetype {

    private final ArchetypeKey key;
    private final int difficulty;
    private final Map<Language, String> names;
    private final Map<Language, List<String>> signals;
    private final Map<Language, String> ownershipStances;
    private final Language callerLanguage;

    public Archetype(
            ArchetypeKey key,
            int difficulty,
            Map<Language, String> names,
            Map<Language, List<String>> signals,
            Map<Language, String> ownershipStances,
            Language callerLanguage) {
        this.key = key;
        this.difficulty = difficulty;
        this.names = names == null ? Map.of() : names;
        this.signals = signals == null ? Map.of() : signals;
        this.ownershipStances = ownershipStances == null ? Map.of() : ownershipStances;
        this.callerLanguage = callerLanguage;
    }

    @NonNull
    public ArchetypeKey getKey() {
        return key;
    }

    public int getDifficulty() {
        return difficulty;
    }

    @Ignore
    public String nameIn(Language language) {
        return pick(names, language, key.name());
    }

    @Ignore
    public List<String> signalsIn(Language language) {
        return pick(signals, language, List.of());
    }

    @Ignore
    public String ownershipStanceIn(Language language) {
        return pick(ownershipStances, language, "");
    }

    /** The asked language, else the caller's, else English, else whatever exists. */
    private <T> T pick(Map<Language, T> texts, Language asked, T fallback) {
        Language wanted = asked != null ? asked : callerLanguage;
        if (wanted != null && texts.containsKey(wanted)) {
            return texts.get(wanted);
        }
        if (texts.containsKey(Language.EN)) {
            return texts.get(Language.EN);
        }
        return texts.values().stream().findFirst().orElse(fallback);
    }
}
