package io.onme.scoring.analysis.training;

import java.util.Set;

import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.Language;
import io.onme.scoring.analysis.Stance;

/**
 * One labelled reflection of the corpus ({@code corpus/README.md}): the adjudicated label, who
 * wrote it, and the style and hard case it was written to exercise.
 *
 * @param split {@code train} or {@code test} (the frozen split: writers never trained or tuned on)
 */
public record CorpusItem(
        String id,
        Language language,
        String text,
        Stance stance,
        Set<BlameTarget> blameTargets,
        String writer,
        String register,
        String archetype,
        String hardCase,
        String split) {
}
