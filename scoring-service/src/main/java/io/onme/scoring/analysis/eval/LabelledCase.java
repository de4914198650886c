package io.onme.scoring.analysis.eval;

import java.util.Set;

import io.onme.scoring.analysis.BlameTarget;
import io.onme.scoring.analysis.Language;
import io.onme.scoring.analysis.Stance;

/** One labelled reflection of an evaluation file (JSON Lines, the dev-set format). */
public record LabelledCase(
        String id, Language language, String text, Stance stance, Set<BlameTarget> blameTargets) {
}
