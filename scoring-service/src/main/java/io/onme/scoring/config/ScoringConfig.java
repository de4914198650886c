package io.onme.scoring.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed settings of scoring-service ({@code onme.scoring.*}). */
@ConfigMapping(prefix = "onme.scoring")
public interface ScoringConfig {

    /**
     * Longest reflection accepted, in UTF-16 characters; longer ones are refused, never truncated.
     */
    @WithDefault("10000")
    int maxTextLength();

    /** Most ids in one batch read. */
    @WithDefault("100")
    int maxBatchIds();

    /** Facts rescored per transaction by a rescore job. */
    @WithDefault("500")
    int rescoreBatchSize();

    /**
     * How often the readings due under AFTER_DELAY are released ({@code ReleaseJob}), e.g. {@code
     * 5m}; {@code off} never (the tests release on demand).
     */
    @WithDefault("5m")
    String releasePeriod();
}
