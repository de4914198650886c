package io.onme.gateway.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A small load harness (JDK HttpClient only) for the gateway's own overhead.
 *
 * <p>
 * Parameters (environment): {@code GATEWAY_URL} (http://localhost:8080), {@code PLAYBOOK_URL},
 * {@code JOURNAL_URL}, {@code SCORING_URL} (8081..8083), {@code TOKEN} (a token that sees at least
 * 20 encounters, e.g. {@code ./onme token --user avi --role coach --team north --team south}),
 * {@code CONCURRENCY} (8 clients), {@code SECONDS} (20 per scenario), {@code RATE} (0: each client
 * sends its next request as soon as the previous answered, which keeps the machine busy whatever
 * the concurrency; above 0: requests per second in all, each client starting one every
 * CONCURRENCY/RATE seconds, latency counted from the planned start: a fixed, moderate load), {@code
 * WARMUP_SECONDS} (5), {@code INTERLEAVED} (false; true: each gateway scenario and its direct twin
 * run together, every client alternating one gateway request and one direct request, so that both
 * see the same moment of a shared machine and the printed overhead is not a drift between two
 * phases), {@code HTTP_VERSION} (2: h2c, all clients over one connection; 1.1: one connection per
 * client), {@code SCENARIOS} (all: a comma-separated subset of dashboard, direct-dashboard,
 * analyze, direct-analyze), {@code DASHBOARD} (dashboard: the document in graphql/ the gateway
 * dashboard scenario sends, with {@code first: 20} if it declares {@code $first}; the direct calls
 * stay those of "dashboard"), {@code GATEWAY_PID} (optional, Linux: the gateway's process id; each
 * scenario then also reports the gateway's CPU time per request, from utime+stime of its threads
 * (JIT compiler threads left out) over the measured phase: steadier than latency on a busy machine,
 * though it too rises when the cores are saturated, so compare runs taken side by side).
 *
 * <p>
 * Four scenarios run one after another with the same concurrency, each client sending its next
 * request when the previous answered: (1) the dashboard query through the gateway (20 encounters
 * with analysis and suggested playbooks, graphql/dashboard.graphql), (2) the same data straight
 * from the services, in the same dependent order as the gateway fetches it (GET
 * /encounters?limit=20, then GET /scores/batch?view=summary, then POST
 * /playbooks/suggestions?view=summary), (3) analyzeReflection through the gateway, (4) POST
 * /analyses directly. For each it prints throughput, p50 and p99; the gateway's overhead is the
 * difference between (1) and (2), (3) and (4).
 *
 * <p>
 * Run: {@code ./mvnw -o -pl gateway test-compile} then {@code java -cp
 * gateway/target/test-classes:$(cat gateway/target/load.classpath)
 * io.onme.gateway.load.LoadScenario} (see gateway/README.md).
 */
public final class LoadScenario {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REFLECTION = "הלקוח אמר שהמחיר גבוה מדי, ואני לא הכנתי השוואת ערך. בפעם הבאה אביא מספרים.";

    /*
     * The JDK client upgrades plain http to HTTP/2 (h2c) and multiplexes every client over one connection, which
     * the server serves on one event-loop thread; HTTP_VERSION=1.1 gives each client its own connection.
     */
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(
                    "1.1".equals(env("HTTP_VERSION", "2"))
                            ? HttpClient.Version.HTTP_1_1
                            : HttpClient.Version.HTTP_2)
            .build();
    private final String gateway = env("GATEWAY_URL", "http://localhost:8080");
    private final String playbook = env("PLAYBOOK_URL", "http://localhost:8081");
    private final String journal = env("JOURNAL_URL", "http://localhost:8082");
    private final String scoring = env("SCORING_URL", "http://localhost:8083");
    private final String bearer = "Bearer " + env("TOKEN", "");
    private final int concurrency = Integer.parseInt(env("CONCURRENCY", "8"));
    private final int seconds = Integer.parseInt(env("SECONDS", "20"));
    private final int warmup = Integer.parseInt(env("WARMUP_SECONDS", "5"));
    private final List<String> scenarios = List.of(
            env("SCENARIOS", "dashboard,direct-dashboard,analyze,direct-analyze")
                    .split(","));
    private final String gatewayPid = env("GATEWAY_PID", "");
    private final String dashboardDocument = env("DASHBOARD", "dashboard");
    private final double rate = Double.parseDouble(env("RATE", "0"));
    private final boolean interleaved = Boolean.parseBoolean(env("INTERLEAVED", "false"));

    public static void main(String[] args) throws Exception {
        new LoadScenario().run();
    }

    interface Step {
        void run() throws Exception;
    }

    private void run() throws Exception {
        ObjectNode dashboardBody = JSON.createObjectNode().put("query", document(dashboardDocument));
        if (dashboardBody.path("query").asText().contains("$first")) {
            dashboardBody.putObject("variables").put("first", 20);
        }
        String dashboard = JSON.writeValueAsString(dashboardBody);
        ObjectNode analyzeBody = JSON.createObjectNode();
        analyzeBody.put(
                "query",
                "query($t: String!) { analyzeReflection(text: $t) { stance ownershipScore blameTargets } }");
        analyzeBody.putObject("variables").put("t", REFLECTION);
        String analyze = JSON.writeValueAsString(analyzeBody);
        String directAnalysis = JSON.writeValueAsString(JSON.createObjectNode().put("text", REFLECTION));

        System.out.printf(
                "concurrency %d, %s, %d s per scenario after %d s warm-up%n",
                concurrency,
                rate > 0
                        ? "paced at " + rate + " requests/s in all"
                        : "each client's next request on its answer",
                seconds,
                warmup);
        System.out.println(
                "scenario                          requests   req/s    p50 ms   p90 ms   p99 ms  errors"
                        + "  gateway CPU ms/req");
        Scenario gatewayDashboard = new Scenario(
                "dashboard",
                "gateway dashboard (20 + nested)",
                true,
                () -> gatewayPost(dashboard));
        Scenario directDashboard = new Scenario(
                "direct-dashboard",
                "direct  dashboard (3 calls)",
                false,
                this::directDashboard);
        Scenario gatewayAnalyze = new Scenario(
                "analyze", "gateway analyzeReflection", true, () -> gatewayPost(analyze));
        Scenario directAnalyze = new Scenario(
                "direct-analyze",
                "direct  POST /analyses",
                false,
                () -> send(post(scoring + "/analyses", directAnalysis)));
        if (interleaved) {
            measure(List.of(gatewayDashboard, directDashboard));
            measure(List.of(gatewayAnalyze, directAnalyze));
            return;
        }
        for (Scenario scenario : List.of(gatewayDashboard, directDashboard, gatewayAnalyze, directAnalyze)) {
            measure(List.of(scenario));
        }
    }

    /**
     * One kind of request: the name SCENARIOS selects it by, the label it is printed with, whether
     * it goes through the gateway (only those cost the gateway CPU), the request.
     */
    private record Scenario(String key, String label, boolean throughGateway, Step step) {
    }

    private void gatewayPost(String body) throws Exception {
        JsonNode answer = send(post(gateway + "/graphql", body));
        if (answer.has("errors")) {
            throw new IllegalStateException(answer.get("errors").toString());
        }
    }

    private void directDashboard() throws Exception {
        JsonNode page = send(
                HttpRequest.newBuilder(URI.create(journal + "/encounters?limit=20"))
                        .header("Authorization", bearer)
                        .GET());
        // the dashboard shows stance, score and blame targets: the summaries, as the gateway asks
        // for them
        StringBuilder query = new StringBuilder("?view=summary");
        ObjectNode suggestions = JSON.createObjectNode();
        var requests = suggestions.putArray("requests");
        for (JsonNode encounter : page.path("items")) {
            query.append("&encounterId=")
                    .append(
                            URLEncoder.encode(
                                    encounter.path("id").asText(), StandardCharsets.UTF_8));
        }
        JsonNode facts = send(
                HttpRequest.newBuilder(URI.create(scoring + "/scores/batch" + query))
                        .header("Authorization", bearer)
                        .GET());
        for (JsonNode encounter : page.path("items")) {
            ObjectNode entry = requests.addObject()
                    .put("key", encounter.path("id").asText())
                    .put("language", encounter.path("language").asText())
                    .put("teamId", encounter.path("teamId").asText())
                    .put("limit", 3);
            entry.set("archetype", encounter.path("archetype"));
            var targets = entry.putArray("blameTargets");
            for (JsonNode fact : facts) {
                if (fact.path("encounterId").asText().equals(encounter.path("id").asText())) {
                    targets.addAll(
                            (com.fasterxml.jackson.databind.node.ArrayNode) fact.path("analysis").path("blameTargets"));
                }
            }
        }
        // the dashboard shows suggestions by title: the summaries, as the gateway asks for them
        send(
                post(
                        playbook + "/playbooks/suggestions?view=summary",
                        JSON.writeValueAsString(suggestions)));
    }

    private HttpRequest.Builder post(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(
                request.timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    /**
     * Runs the selected scenarios of the list together (each client taking them in turn) and prints
     * a line for each; for a gateway scenario with its direct twin, also the difference: the
     * gateway's overhead.
     */
    private void measure(List<Scenario> candidates) throws Exception {
        List<Scenario> selected = candidates.stream().filter(scenario -> scenarios.contains(scenario.key())).toList();
        if (selected.isEmpty()) {
            return;
        }
        List<Step> steps = selected.stream().map(Scenario::step).toList();
        drive(steps, warmup, null);
        List<List<Long>> latencies = new ArrayList<>();
        selected.forEach(
                scenario -> latencies.add(Collections.synchronizedList(new ArrayList<>())));
        long cpuBefore = gatewayCpuMillis();
        long[] errors = drive(steps, seconds, latencies);
        long cpuAfter = gatewayCpuMillis();
        double[][] percentiles = new double[selected.size()][];
        for (int i = 0; i < selected.size(); i++) {
            List<Long> sorted = new ArrayList<>(latencies.get(i));
            Collections.sort(sorted);
            percentiles[i] = new double[] {
                    percentile(sorted, 0.50) / 1e6,
                    percentile(sorted, 0.90) / 1e6,
                    percentile(sorted, 0.99) / 1e6
            };
            long requests = sorted.size() + errors[i];
            // the direct requests cost the gateway nothing: its CPU is per gateway request
            String cpu = cpuBefore < 0 || requests == 0 || !selected.get(i).throughGateway()
                    ? "-"
                    : String.format("%.3f", (cpuAfter - cpuBefore) / (double) requests);
            System.out.printf(
                    "%-32s %9d %7.1f %8.2f %8.2f %8.2f %7d  %s%n",
                    selected.get(i).label(),
                    sorted.size(),
                    sorted.size() / (double) seconds,
                    percentiles[i][0],
                    percentiles[i][1],
                    percentiles[i][2],
                    errors[i],
                    cpu);
        }
        if (selected.size() == 2) {
            System.out.printf(
                    "%-32s %9s %7s %+8.2f %+8.2f %+8.2f%n",
                    "  overhead (gateway - direct)",
                    "",
                    "",
                    percentiles[0][0] - percentiles[1][0],
                    percentiles[0][1] - percentiles[1][1],
                    percentiles[0][2] - percentiles[1][2]);
        }
    }

    /**
     * The gateway's CPU time so far in ms, without its JIT compiler threads (compilation is a
     * one-off that goes on for minutes after a start and, on a busy machine, for longer: it swamps
     * a per-request figure), or -1 without {@code GATEWAY_PID}. Summed over
     * /proc/[pid]/task/[tid]/stat fields 14 and 15 (utime, stime) in clock ticks (100 per second on
     * Linux): 10 ms resolution per thread, fine over thousands of requests. Threads that ended
     * during the phase are not counted (Quarkus keeps its worker and event-loop threads).
     */
    private long gatewayCpuMillis() throws IOException {
        if (gatewayPid.isEmpty()) {
            return -1;
        }
        long ticks = 0;
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc", gatewayPid, "task"))) {
            for (var task : tasks.toList()) {
                String stat;
                try {
                    stat = java.nio.file.Files.readString(task.resolve("stat"));
                } catch (IOException ended) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                if (name.startsWith("C1 Compi") || name.startsWith("C2 Compi")) {
                    continue;
                }
                // the thread name (field 2) is in parentheses and may contain spaces: count fields
                // after its ')'
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            }
        }
        return ticks * 10;
    }

    /** Each client runs the steps in turn until the time is up; per step, its errors. */
    private long[] drive(List<Step> steps, int durationSeconds, List<List<Long>> latencies)
            throws Exception {
        // RATE: each client starts a request every concurrency/rate seconds, the clients spread
        // evenly
        long interval = rate > 0 ? (long) (1e9 * concurrency / rate) : 0;
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLongArray errors = new AtomicLongArray(steps.size());
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            long offset = interval * i / concurrency;
            // clients start on different steps, so that every step runs alongside every other
            int first = i % steps.size();
            futures.add(
                    clients.submit(
                            () -> {
                                long next = System.nanoTime() + offset;
                                for (int turn = first; running.get(); turn = (turn + 1) % steps.size()) {
                                    long start = System.nanoTime();
                                    if (interval > 0) {
                                        // paced: wait for the planned start; latency counts from
                                        // it, so a late answer also
                                        // charges the requests it delayed (no coordinated omission)
                                        if (next > start) {
                                            java.util.concurrent.locks.LockSupport.parkNanos(
                                                    next - start);
                                        }
                                        start = next;
                                        next += interval;
                                    }
                                    try {
                                        steps.get(turn).run();
                                        if (latencies != null) {
                                            latencies.get(turn).add(System.nanoTime() - start);
                                        }
                                    } catch (InterruptedException e) {
                                        Thread.currentThread().interrupt();
                                        return;
                                    } catch (Exception e) {
                                        errors.incrementAndGet(turn);
                                    }
                                }
                            }));
        }
        Thread.sleep(durationSeconds * 1000L);
        running.set(false);
        for (Future<?> future : futures) {
            future.get();
        }
        clients.shutdown();
        long[] counts = new long[steps.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = errors.get(i);
        }
        return counts;
    }

    private static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static String document(String name) throws IOException {
        try (InputStream in = LoadScenario.class.getResourceAsStream("/graphql/" + name + ".graphql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
