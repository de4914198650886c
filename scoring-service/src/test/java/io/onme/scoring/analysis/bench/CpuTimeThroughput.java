package io.onme.scoring.analysis.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

import io.onme.scoring.analysis.AttributionAnalyzer;

/**
 * A complement to {@link AttributionAnalyzerBenchmark} for shared, overloaded machines: JMH reports
 * wall-clock throughput, which drops with every other process competing for the same cores. This
 * loop divides the analyses done by the CPU time its own thread consumed, which estimates the
 * throughput of one fully available core. Same reflections, one thread.
 *
 * <pre>
 *   java -cp scoring-service/target/test-classes:scoring-service/target/classes \
 *       io.onme.scoring.analysis.bench.CpuTimeThroughput [seconds per round, default 5]
 * </pre>
 */
public final class CpuTimeThroughput {

    private CpuTimeThroughput() {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String[] texts = AttributionAnalyzerBenchmark.REFLECTIONS;
        AttributionAnalyzer analyzer = new AttributionAnalyzer();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int round = 1; round <= 3; round++) {
            long wallStart = System.nanoTime();
            long cpuStart = mx.getCurrentThreadCpuTime();
            long deadline = wallStart + seconds * 1_000_000_000L;
            int n = 0;
            while (System.nanoTime() < deadline) {
                sink += analyzer.analyze(texts[n % texts.length], null).ownershipScore();
                n++;
            }
            double wall = (System.nanoTime() - wallStart) / 1e9;
            double cpu = (mx.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "round %d%s: %d analyses, %.0f per wall second, %.0f per CPU second%n",
                    round,
                    round == 1 ? " (warm-up)" : "",
                    n,
                    n / wall,
                    n / cpu);
        }
        System.out.println("(checksum " + sink + ")");
    }
}
