package io.onme.journal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Retention: how the daily sweep runs (the months are a per-tenant setting). */
@ConfigMapping(prefix = "journal.retention")
public interface RetentionConfig {

    /**
     * When the sweep runs over every tenant with a retention setting (a Quarkus cron; {@code off}
     * disables it). Read by the @Scheduled expression.
     */
    @WithDefault("0 30 3 * * ?")
    String cron();

    /** Encounters read per query while a tenant is swept. */
    @WithDefault("500")
    int batchSize();
}
