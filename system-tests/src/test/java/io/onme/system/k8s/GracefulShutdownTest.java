package io.onme.system.k8s;

import static io.onme.system.k8s.Manifests.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.onme.system.k8s.Manifests.Workload;

/**
 * A rollout or a drain never resets a request: each service keeps serving while the endpoints drain
 * (preStop), reports not-ready for a readiness period (Quarkus' shutdown delay), lets requests in
 * flight finish (Quarkus' shutdown timeout), and all of it fits in the pod's
 * terminationGracePeriodSeconds before the kubelet sends SIGKILL.
 */
class GracefulShutdownTest {

    /** What the JVM needs after the shutdown timeout to close pools and exit. */
    private static final long EXIT_MARGIN_SECONDS = 5;

    @ParameterizedTest
    @ValueSource(strings = { "gateway", "playbook-service", "journal-service", "scoring-service" })
    void theShutdownSequenceFitsTheGracePeriodInBothOverlays(String service) {
        Properties properties = applicationProperties(service);
        assertEquals(
                "true",
                properties.getProperty("quarkus.shutdown.delay-enabled"),
                service + ": quarkus.shutdown.delay-enabled must be true (build time)");
        long delay = seconds(service, properties, "%prod.quarkus.shutdown.delay");
        long timeout = seconds(service, properties, "%prod.quarkus.shutdown.timeout");
        assertTrue(
                timeout >= 10,
                service + ": requests in flight need time to finish, not " + timeout + " s");

        for (String overlay : new String[] { "dev", "prod" }) {
            Workload w = Manifests.of(overlay).deployment(service);
            Object sleep = map(w.containers().get(0), "lifecycle", "preStop", "sleep").get("seconds");
            assertTrue(
                    sleep instanceof Integer s && s >= 5,
                    overlay
                            + ": "
                            + service
                            + " needs a preStop sleep of at least 5 s while its endpoints drain, not "
                            + sleep);
            int grace = (Integer) w.podSpec().getOrDefault("terminationGracePeriodSeconds", 30);
            long needed = (Integer) sleep + delay + timeout + EXIT_MARGIN_SECONDS;
            assertTrue(
                    grace >= needed,
                    overlay
                            + ": "
                            + service
                            + " terminationGracePeriodSeconds "
                            + grace
                            + " < preStop "
                            + sleep
                            + " + delay "
                            + delay
                            + " + timeout "
                            + timeout
                            + " + "
                            + EXIT_MARGIN_SECONDS);
            Object readinessPeriod = map(w.containers().get(0), "readinessProbe").getOrDefault("periodSeconds", 10);
            assertTrue(
                    delay >= ((Integer) readinessPeriod),
                    overlay
                            + ": "
                            + service
                            + " reports not-ready for "
                            + delay
                            + " s, less than one readiness period "
                            + readinessPeriod
                            + " s, so a probe may never see it");
        }
    }

    private static long seconds(String service, Properties properties, String key) {
        String value = properties.getProperty(key);
        assertTrue(
                value != null && value.matches("\\d+s"),
                service + ": " + key + " must be set in seconds, not " + value);
        return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)))
                .toSeconds();
    }

    private static Properties applicationProperties(String service) {
        Properties properties = new Properties();
        try {
            properties.load(
                    new StringReader(
                            SecretSources.read(
                                    Manifests.root()
                                            .resolve(service)
                                            .resolve(
                                                    "src/main/resources/application.properties"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
