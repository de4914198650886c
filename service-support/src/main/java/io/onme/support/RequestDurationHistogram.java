package io.onme.support;

import java.util.Arrays;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Publishes the HTTP server's request durations as a histogram ({@code
 * http_server_requests_seconds_bucket}), so Prometheus computes p99 latency across pods (the
 * OnmeHighLatencyP99 alert, k8s/components/monitoring). Fixed buckets, not Micrometer's percentile
 * histogram: a dozen series per route and status instead of about seventy.
 */
@Singleton
public class RequestDurationHistogram {

    /** The meter Quarkus records every HTTP request in. */
    public static final String HTTP_SERVER_REQUESTS = "http.server.requests";

    /** Bucket bounds, seconds: from a cached read to the gateway's backend timeouts. */
    public static final double[] BUCKETS_SECONDS = {
            0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10
    };

    @Produces
    @Singleton
    MeterFilter requestDurationBuckets() {
        // a timer's bounds are nanoseconds
        double[] buckets = Arrays.stream(BUCKETS_SECONDS).map(s -> s * 1e9).toArray();
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(
                    Meter.Id id, DistributionStatisticConfig config) {
                if (!HTTP_SERVER_REQUESTS.equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(buckets)
                        .build()
                        .merge(config);
            }
        };
    }
}
