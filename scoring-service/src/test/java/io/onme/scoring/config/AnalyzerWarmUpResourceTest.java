package io.onme.scoring.config;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.junit.jupiter.api.Test;

import io.onme.scoring.analysis.Analyzer;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The analyser is loaded in the background after start: its application-scoped instance comes to
 * exist without anyone calling it (run alone, this fails when AnalyzerWarmUp is removed: the bean
 * is then only created by the first analysis).
 */
@QuarkusTest
class AnalyzerWarmUpResourceTest {

    @Test
    void theAnalyserIsLoadedAfterStartWithoutARequest() {
        InjectableBean<Analyzer> bean = Arc.container().instance(Analyzer.class).getBean();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> Arc.container().getActiveContext(ApplicationScoped.class).get(bean) != null);
    }
}
