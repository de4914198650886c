package io.onme.scoring.analysis;

import java.util.List;

/**
 * Reads a rep's written reflection and decides how the rep explains what happened. Pure Java: no
 * framework types, so it is testable and benchmarkable alone. Implementations are thread-safe and
 * total: they never throw on any string.
 */
public interface Analyzer {

    /** Stored with every score fact, so that history can be rescored by a newer version. */
    String version();

    /**
     * @param language null to detect it (the dominant script)
     * @param tenantPhrases the tenant's additions to the lexicon; may be empty
     */
    Analysis analyze(String text, Language language, List<TenantPhrase> tenantPhrases);

    default Analysis analyze(String text, Language language) {
        return analyze(text, language, List.of());
    }
}
