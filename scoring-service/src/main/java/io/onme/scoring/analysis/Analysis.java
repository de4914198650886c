package io.onme.scoring.analysis;

import java.util.List;

/**
 * The result of analysing one reflection.
 *
 * @param ownershipScore 0 (pure blame or helplessness) .. 100 (full ownership)
 * @param blameTargets distinct targets, only for BLAME and MIXED
 * @param confidence 0..1: how sure the analyser is of this stance and these targets; a client can
 *        mark a low value for a coach to review
 */
public record Analysis(
        Language language,
        Stance stance,
        int ownershipScore,
        List<BlameTarget> blameTargets,
        List<Evidence> evidence,
        List<Reframe> reframes,
        double confidence,
        String analyzerVersion) {

    public Analysis {
        blameTargets = List.copyOf(blameTargets);
        evidence = List.copyOf(evidence);
        reframes = List.copyOf(reframes);
    }
}
