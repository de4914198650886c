package io.onme.scoring.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.onme.devstores.testing.TestTokens;
import io.onme.scoring.domain.Window;
import io.onme.scoring.persistence.IndicatorQueries;
import io.onme.scoring.persistence.ProfilePlans;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Latency of the indicator endpoints at issue-6 scale. Not a test (no timing assertions, not run by
 * {@code verify}); run it alone:
 *
 * <pre>
 * ./mvnw -B -q -o -pl scoring-service test -Dtest=IndicatorBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Parameters: the data set of {@code bench/generate-facts.sql} (1 000 000 facts, 500 reps, 50
 * teams, two years); {@value #WARMUP} warm-up then {@value #SAMPLES} timed requests per scenario,
 * one at a time over HTTP (JDK client) with a real JWT (verification included), random rep or team
 * (fixed seed), asOf fixed at the data set's end (a Thursday noon, so every window has partial
 * weeks at both edges); first two of the queries in process without HTTP. Prints p50, p90, p99 and
 * max in ms, with the load average after each scenario.
 */
@QuarkusTest
class IndicatorBenchmark {

    private static final int WARMUP = 100;
    private static final int SAMPLES = 500;
    private static final String AS_OF = "2026-11-26T12:00:00Z";

    @Inject
    DataSource dataSource;

    @Inject
    IndicatorQueries queries;

    @TestHTTPResource("/")
    URI base;

    /** The JDK client (keep-alive, no per-request scripting): its own overhead is small. */
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void indicatorLatencyAtOneMillionFacts() throws Exception {
        long started = System.nanoTime();
        generate();
        System.out.printf(
                "[bench] generated 1 000 000 facts in %.1f s%n",
                (System.nanoTime() - started) / 1e9);
        assertEquals(
                1_000_000L, count("SELECT count(*) FROM score_fact WHERE tenant_id = 'bench'"));
        // the rollups rebuilt after the load hold every fact once
        assertEquals(
                1_000_000L, count("SELECT sum(entries) FROM score_week WHERE tenant_id = 'bench'"));

        // where a long team window's time goes: its plan's scans and the persistence aggregates
        for (Window window : List.of(Window.LAST_365_DAYS, Window.ALL_TIME)) {
            for (int i = 0; i < 3; i++) {
                for (String line : ProfilePlans.explainLeaderboard(
                        queries,
                        dataSource,
                        "bench",
                        "team-07",
                        window,
                        Instant.parse(AS_OF))) {
                    if (i == 2
                            && (line.contains("Time:")
                                    || line.contains("Heap Fetches")
                                    || line.contains("Scan using")
                                    || line.contains("GroupAggregate"))) {
                        System.out.println("[bench] plan " + window + ": " + line.strip());
                    }
                }
            }
        }

        // the SQL alone, in process (no HTTP, no JWT): what PostgreSQL and the mapping cost
        Instant asOf = Instant.parse(AS_OF);
        Random sqlRandom = new Random(3);
        time(
                "SQL repProfile LAST_90_DAYS",
                () -> queries.repProfiles(
                        "bench",
                        List.of(String.format("rep-%03d", sqlRandom.nextInt(500))),
                        Window.LAST_90_DAYS,
                        asOf));
        for (Window window : List.of(Window.LAST_30_DAYS, Window.LAST_365_DAYS, Window.ALL_TIME)) {
            time(
                    "SQL Team.leaderboard " + window,
                    () -> queries.leaderboard(
                            "bench",
                            String.format("team-%02d", sqlRandom.nextInt(50)),
                            window,
                            asOf));
        }

        String admin = TestTokens.admin("bench", "bench-admin");
        Random random = new Random(7);
        for (Window window : List.of(Window.LAST_90_DAYS, Window.LAST_365_DAYS, Window.ALL_TIME)) {
            measure(
                    "repProfile " + window,
                    i -> "/profiles/rep-"
                            + String.format("%03d", random.nextInt(500))
                            + "?window="
                            + window
                            + "&asOf="
                            + AS_OF,
                    admin);
        }
        for (Window window : List.of(
                Window.LAST_30_DAYS,
                Window.LAST_90_DAYS,
                Window.LAST_365_DAYS,
                Window.ALL_TIME)) {
            measure(
                    "Team.leaderboard " + window,
                    i -> "/teams/team-"
                            + String.format("%02d", random.nextInt(50))
                            + "/leaderboard?window="
                            + window
                            + "&asOf="
                            + AS_OF,
                    admin);
        }
        measure(
                "Team.ownershipOutcome LAST_90_DAYS",
                i -> "/teams/team-"
                        + String.format("%02d", random.nextInt(50))
                        + "/ownership-outcome?window=LAST_90_DAYS&asOf="
                        + AS_OF,
                admin);
    }

    private void measure(String name, IntFunction<String> path, String token) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            get(path.apply(i), token);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            String url = path.apply(i);
            long t0 = System.nanoTime();
            get(url, token);
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        report(name, millis);
    }

    private void get(String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path.substring(1)))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    private static void time(String name, Runnable call) {
        for (int i = 0; i < WARMUP; i++) {
            call.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            long t0 = System.nanoTime();
            call.run();
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        report(name, millis);
    }

    private static void report(String name, List<Double> millis) {
        Collections.sort(millis);
        // the 1-minute load average: on a shared machine it tells how much the tails owe to others
        System.out.printf(
                "[bench] %-36s p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %6.1f ms  (n=%d, load %.2f)%n",
                name,
                percentile(millis, 50),
                percentile(millis, 90),
                percentile(millis, 99),
                millis.get(millis.size() - 1),
                millis.size(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private void generate() throws IOException, SQLException {
        String script;
        try (InputStream in = getClass().getResourceAsStream("/bench/generate-facts.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM score_fact WHERE tenant_id = 'bench'");
            s.execute("DELETE FROM rep_member WHERE tenant_id = 'bench'");
            s.execute(script);
            // as autovacuum would: statistics, and the visibility map that index-only scans need
            s.execute("VACUUM ANALYZE score_fact");
            s.execute("VACUUM ANALYZE rep_member");
            s.execute("VACUUM ANALYZE score_week");
            // VACUUM marks pages all-visible only once no snapshot older than the load is open (an
            // autovacuum worker that started during the load may still hold one): retry until it
            // did
            for (int attempt = 1; attempt <= 10 && allVisiblePercent(c) < 90; attempt++) {
                try (var rows = s.executeQuery(
                        "SELECT pid, backend_type, state, backend_xmin, left(query, 60)"
                                + " FROM pg_stat_activity WHERE backend_xmin IS NOT NULL AND pid <> pg_backend_pid()")) {
                    while (rows.next()) {
                        System.out.printf(
                                "[bench] snapshot held by pid %d (%s, %s, xmin %s): %s%n",
                                rows.getInt(1),
                                rows.getString(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5));
                    }
                }
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                s.execute("VACUUM score_fact");
            }
            System.out.println(
                    "[bench] score_fact pages all-visible: " + allVisiblePercent(c) + " %");
        }
    }

    private static long allVisiblePercent(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                var rows = s.executeQuery(
                        "SELECT relallvisible * 100 / greatest(relpages, 1) FROM pg_class WHERE relname = 'score_fact'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                var rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
