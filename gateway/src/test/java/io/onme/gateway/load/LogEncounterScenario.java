package io.onme.gateway.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How long a rep waits to log an encounter through the gateway, and how long until it is scored,
 * against a running stack (the launcher's, by default).
 *
 * <p>
 * Parameters (environment): {@code GATEWAY_URL} (http://localhost:8080), {@code TOKEN} (a rep
 * token with one team, e.g. {@code ./onme token --tenant bench --user bench-rep --team bench-team};
 * use a tenant of its own, the scenario adds encounters), {@code REQUESTS} (300), {@code WARMUP}
 * (50), {@code SCORED_SAMPLES} (50). One client, requests one after another: the latency a single
 * user sees.
 *
 * <p>
 * Run like {@link LoadScenario}: {@code java -cp gateway/target/test-classes:$(cat
 * gateway/target/load.classpath) io.onme.gateway.load.LogEncounterScenario}
 */
public final class LogEncounterScenario {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOG = "mutation($input: LogEncounterInput!) { logEncounter(input: $input) { id scoreStatus } }";
    private static final String STATUS = "query($id: ID!) { encounter(id: $id) { scoreStatus } }";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway = env("GATEWAY_URL", "http://localhost:8080") + "/graphql";
    private final String bearer = "Bearer " + env("TOKEN", "");

    public static void main(String[] args) throws Exception {
        new LogEncounterScenario()
                .run(
                        Integer.parseInt(env("REQUESTS", "300")),
                        Integer.parseInt(env("WARMUP", "50")),
                        Integer.parseInt(env("SCORED_SAMPLES", "50")));
    }

    private void run(int requests, int warmup, int scoredSamples) throws Exception {
        for (int i = 0; i < warmup; i++) {
            log(i);
        }
        List<Long> logLatencies = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            log(warmup + i);
            logLatencies.add(System.nanoTime() - start);
        }
        List<Long> toScored = new ArrayList<>();
        for (int i = 0; i < scoredSamples; i++) {
            long start = System.nanoTime();
            String id = log(warmup + requests + i);
            while (!"SCORED".equals(status(id))) {
                if (System.nanoTime() - start > Duration.ofSeconds(30).toNanos()) {
                    throw new IllegalStateException("encounter " + id + " not scored within 30 s");
                }
                Thread.sleep(5);
            }
            toScored.add(System.nanoTime() - start);
        }
        report("logEncounter through the gateway", logLatencies);
        report("log -> SCORED (polled every 5 ms)", toScored);
    }

    private String log(int n) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("query", LOG);
        ObjectNode input = body.putObject("variables").putObject("input");
        input.putObject("customer").put("name", "Bench customer " + (n % 40));
        input.put(
                "occurredAt",
                Instant.now()
                        .minus(n % 90, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString());
        input.put("archetype", n % 2 == 0 ? "PRICE_FOCUSED" : "SKEPTICAL");
        input.put("outcome", n % 3 == 0 ? "WON" : "LOST");
        input.put(
                "reflection",
                n % 2 == 0
                        ? "הלקוח אמר שהמחיר גבוה מדי, ואני לא הכנתי השוואת ערך. בפעם הבאה אביא מספרים."
                        : "He doubted every number I showed; that's on me, I'll bring a reference customer next week.");
        return post(body).path("data").path("logEncounter").path("id").asText();
    }

    private String status(String id) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("query", STATUS);
        body.putObject("variables").put("id", id);
        return post(body).path("data").path("encounter").path("scoreStatus").asText();
    }

    private JsonNode post(ObjectNode body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .POST(
                        HttpRequest.BodyPublishers.ofString(
                                JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        JsonNode answer = JSON.readTree(response.body());
        if (response.statusCode() != 200 || answer.has("errors")) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + answer);
        }
        return answer;
    }

    private static void report(String name, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(
                "%-36s n=%d  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms%n",
                name,
                sorted.size(),
                at(sorted, 0.50),
                at(sorted, 0.90),
                at(sorted, 0.99),
                sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double at(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
