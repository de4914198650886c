package io.onme.scoring.service;

/**
 * The counters that watch readings (Prometheus {@code onme_readings_*_total}): never a tenant or a
 * user label, only the language and the decision.
 */
final class ReadingMetrics {

    /** {@code onme_readings_disputed_total{language}} */
    static final String DISPUTED = "onme.readings.disputed";

    /** {@code onme_readings_reviewed_total{language,decision}}, decision confirm or correct */
    static final String REVIEWED = "onme.readings.reviewed";

    /** {@code onme_readings_released_total} */
    static final String RELEASED = "onme.readings.released";

    private ReadingMetrics() {
    }
}
