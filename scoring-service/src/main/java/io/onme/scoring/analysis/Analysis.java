package io.onme.scoring.analysis;

import java.util.List;

/**
 * The result of analysing one reflection.
 *
 * @param ownershipScore 0 (pure blame or helplessness) .. 100 (full ownership)
 * @param blameTargets   distinct targets, only for BLAME and MIXED
 */
public record Analysis(
        Language language,
        Stance stance,
        int ownershipScore,
        List<BlameTarget> blameTargets,
        List<Evidence> evidence,
        List<Reframe> reframes,
        String analyzerVersion) {

    public Analysis {
        blameTargets = List.copyOf(blameTargets);
        evidence = List.copyOf(evidence);
        reframes = List.copyOf(reframes);
    }
}
