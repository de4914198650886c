package io.onme.system.k8s;

import static io.onme.system.k8s.Manifests.list;
import static io.onme.system.k8s.Manifests.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The monitoring component: alerts on the signals an on-call engineer needs, over metrics the
 * services really publish, and a Grafana dashboard of the same signals.
 */
class MonitoringManifestTest {

    /** Meters Quarkus publishes itself (HTTP server timer) and Prometheus' own `up`. */
    private static final Set<String> PLATFORM_METRICS = Set.of(
            "up",
            "http_server_requests_seconds_count",
            "http_server_requests_seconds_sum",
            "http_server_requests_seconds_max",
            "http_server_requests_seconds_bucket");

    /**
     * The metrics the alerts and the dashboard read, each with the modules whose tests assert it on
     * a running service's /q/metrics after the action that moves it (service-support: its
     * ServiceContract, which every service runs). Prometheus' own {@code up} needs no service.
     */
    static final Map<String, List<String>> ASSERTED_ON_METRICS = Map.of(
            "http_server_requests_seconds_count", List.of("service-support", "gateway"),
            "http_server_requests_seconds_sum", List.of("service-support", "gateway"),
            "http_server_requests_seconds_bucket", List.of("service-support", "gateway"),
            "journal_outbox_queued", List.of("journal-service"),
            "journal_outbox_oldest_age_seconds", List.of("journal-service"),
            "journal_outbox_parked", List.of("journal-service"),
            "journal_deliveries_total", List.of("journal-service"),
            "scoring_rescore_completed_total", List.of("scoring-service"),
            "scoring_rescore_failures_total", List.of("scoring-service"));

    private static final Pattern METER = Pattern.compile(
            "(?:metrics|registry|meterRegistry)\\s*\\.\\s*(counter|gauge|timer)\\(\\s*\"([a-z0-9_.]+)\"");
    private static final Pattern SELECTOR = Pattern.compile("\\b([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");

    @Test
    void theAlertsCoverErrorsLatencyAndTheOutboxWithSeverityAndAnAction() {
        List<Map<String, Object>> rules = rules();
        Set<String> alerts = new TreeSet<>();
        for (Map<String, Object> rule : rules) {
            String alert = (String) rule.get("alert");
            alerts.add(alert);
            assertTrue(
                    List.of("critical", "warning").contains(map(rule, "labels").get("severity")),
                    alert + " severity");
            assertFalse(
                    String.valueOf(map(rule, "annotations").get("summary")).isBlank(),
                    alert + " summary");
            assertFalse(
                    String.valueOf(map(rule, "annotations").get("description")).isBlank(),
                    alert + " says what to do");
        }
        assertTrue(
                alerts.containsAll(
                        Set.of(
                                "OnmeHighErrorRate",
                                "OnmeHighLatencyP99",
                                "OnmeOutboxBacklog",
                                "OnmeOutboxBacklogAge",
                                "OnmeOutboxNotDelivering",
                                "OnmeDeliveriesParked",
                                "OnmeDeliveriesStuck",
                                "OnmeRescoreJobFailed")),
                "alerts: " + alerts);
        assertTrue(
                exprOf(rules, "OnmeHighLatencyP99").contains("histogram_quantile(0.99"),
                "p99 from the histogram");
        assertTrue(
                metricsIn(exprOf(rules, "OnmeOutboxBacklogAge"))
                        .contains("journal_outbox_oldest_age_seconds"),
                "the backlog's age, not its size");
        assertTrue(
                metricsIn(exprOf(rules, "OnmeDeliveriesStuck")).contains("journal_outbox_parked"),
                "parked deliveries nobody retried");
        assertTrue(
                metricsIn(exprOf(rules, "OnmeRescoreJobFailed"))
                        .contains("scoring_rescore_failures_total"),
                "rescore job failures");
    }

    @Test
    void everyMetricTheAlertsAndTheDashboardReadIsAssertedByTheServicesOwnTests() {
        Set<String> read = new TreeSet<>();
        rules().forEach(r -> read.addAll(metricsIn(String.valueOf(r.get("expr")))));
        dashboardExpressions().forEach(e -> read.addAll(metricsIn(e)));
        read.remove("up");
        List<String> problems = new ArrayList<>();
        for (String metric : read) {
            List<String> modules = ASSERTED_ON_METRICS.get(metric);
            if (modules == null) {
                problems.add(metric + " is read but no service test is listed as asserting it");
                continue;
            }
            for (String module : modules) {
                if (!testSourcesMention(module, "\"" + metric)) {
                    problems.add(module + "'s tests do not assert " + metric + " on /q/metrics");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyMetricTheAlertsAndTheDashboardReadIsOneTheServicesPublish() {
        Set<String> published = new TreeSet<>(PLATFORM_METRICS);
        published.addAll(registeredMeters());
        assertTrue(
                published.contains("journal_outbox_queued")
                        && published.contains("journal_deliveries_total"),
                "the outbox meters were not found in journal-service's code: " + published);

        List<String> problems = new ArrayList<>();
        for (Map<String, Object> rule : rules()) {
            metricsIn(String.valueOf(rule.get("expr"))).stream()
                    .filter(m -> !published.contains(m))
                    .forEach(m -> problems.add("alert " + rule.get("alert") + " reads " + m));
        }
        for (String expr : dashboardExpressions()) {
            metricsIn(expr).stream()
                    .filter(m -> !published.contains(m))
                    .forEach(m -> problems.add("dashboard reads " + m));
        }
        assertTrue(
                problems.isEmpty(),
                "metrics no service publishes (published: "
                        + published
                        + "):\n"
                        + String.join("\n", problems));
    }

    @Test
    void theDashboardShowsEveryMetricAnAlertWatches() {
        Set<String> shown = new TreeSet<>();
        dashboardExpressions().forEach(e -> shown.addAll(metricsIn(e)));
        for (Map<String, Object> rule : rules()) {
            Set<String> watched = metricsIn(String.valueOf(rule.get("expr")));
            assertTrue(
                    shown.containsAll(watched),
                    "the dashboard does not show " + watched + " of " + rule.get("alert"));
        }
        Map<String, Object> configMap = Manifests.ofComponent("monitoring").get("ConfigMap", "onme-dashboard");
        assertEquals(
                "1",
                String.valueOf(map(configMap, "metadata", "labels").get("grafana_dashboard")),
                "Grafana's sidecar loads dashboards labelled grafana_dashboard=1");
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static List<Map<String, Object>> rules() {
        Map<String, Object> rule = Manifests.ofComponent("monitoring").get("PrometheusRule", "onme-alerts");
        List<Map<String, Object>> rules = new ArrayList<>();
        list(map(rule, "spec"), "groups").forEach(g -> rules.addAll(list(g, "rules")));
        assertFalse(rules.isEmpty(), "PrometheusRule onme-alerts has no rules");
        return rules;
    }

    private static String exprOf(List<Map<String, Object>> rules, String alert) {
        return rules.stream()
                .filter(r -> alert.equals(r.get("alert")))
                .map(r -> String.valueOf(r.get("expr")))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> dashboardExpressions() {
        try {
            JsonNode dashboard = new ObjectMapper()
                    .readTree(
                            Manifests.root()
                                    .resolve(
                                            "k8s/components/monitoring/onme-dashboard.json")
                                    .toFile());
            List<String> expressions = new ArrayList<>();
            dashboard
                    .path("panels")
                    .forEach(
                            p -> p.path("targets")
                                    .forEach(
                                            t -> expressions.add(t.path("expr").asText())));
            assertFalse(expressions.isEmpty(), "the dashboard has no queries");
            return expressions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> metricsIn(String expr) {
        Set<String> metrics = new TreeSet<>();
        Matcher m = SELECTOR.matcher(expr);
        while (m.find()) {
            metrics.add(m.group(1));
        }
        return metrics;
    }

    /** Whether a test source of the module contains the text (a metric name as a literal). */
    private static boolean testSourcesMention(String module, String text) {
        Path sources = Manifests.root().resolve(module).resolve("src/test/java");
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .anyMatch(f -> SecretSources.read(f).contains(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Prometheus names of the meters the services register in their code. */
    private static Set<String> registeredMeters() {
        Set<String> names = new TreeSet<>();
        for (String service : Manifests.SERVICES) {
            Path sources = Manifests.root().resolve(service).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .forEach(
                                f -> {
                                    Matcher m = METER.matcher(SecretSources.read(f));
                                    while (m.find()) {
                                        String base = m.group(2).replace('.', '_');
                                        switch (m.group(1)) {
                                            case "counter" -> names.add(base + "_total");
                                            case "timer" ->
                                                Stream.of(
                                                        "_seconds_count",
                                                        "_seconds_sum",
                                                        "_seconds_max",
                                                        "_seconds_bucket")
                                                        .forEach(s -> names.add(base + s));
                                            default -> names.add(base);
                                        }
                                    }
                                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }
}
