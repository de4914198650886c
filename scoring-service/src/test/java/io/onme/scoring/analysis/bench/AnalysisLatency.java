package io.onme.scoring.analysis.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * The latency of {@code POST /analyses} over HTTP at one client (one request at a time, keep-alive,
 * the benchmark's 300–800-character notes in turn), against a running scoring-service, for example
 * the launcher's:
 *
 * <pre>
 *   ./onme up
 *   java -cp scoring-service/target/test-classes io.onme.scoring.analysis.bench.AnalysisLatency \
 *       http://localhost:8083 "$(./onme token)" [requests, default 30000]
 * </pre>
 *
 * The first third of the requests warm the JIT and are not counted; prints p50, p90, p99, p99.9 and
 * max in milliseconds of the client's wall clock (request written to response read).
 */
public final class AnalysisLatency {

    private AnalysisLatency() {
    }

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0].replaceAll("/$", "") + "/analyses");
        String token = args[1];
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 30_000;
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String[] texts = AttributionAnalyzerBenchmark.REFLECTIONS;
        int warmUp = n / 3;
        long[] nanos = new long[n - warmUp];
        for (int i = 0; i < n; i++) {
            String body = "{\"text\":" + json(texts[i % texts.length]) + "}";
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "POST /analyses answered "
                                + response.statusCode()
                                + ": "
                                + response.body());
            }
            if (i >= warmUp) {
                nanos[i - warmUp] = took;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "POST /analyses, %d requests after %d warm-up, one client: p50 %.2f  p90 %.2f"
                        + "  p99 %.2f  p99.9 %.2f  max %.2f ms%n",
                nanos.length,
                warmUp,
                at(nanos, 0.50),
                at(nanos, 0.90),
                at(nanos, 0.99),
                at(nanos, 0.999),
                nanos[nanos.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
