package io.onme.scoring.config;

import io.onme.scoring.analysis.Analysis;
import io.onme.scoring.analysis.Evidence;
import io.onme.scoring.analysis.Reframe;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The engine's records are written to and read from the facts' jsonb column with Jackson. */
@RegisterForReflection(targets = { Analysis.class, Evidence.class, Reframe.class })
public final class NativeReflection {

    private NativeReflection() {
    }
}
