package io.onme.scoring.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.onme.scoring.analysis.Analyzer;
import io.quarkus.arc.ClientProxy;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the analyser's lexicons and trained models (about 2 MB compressed) in a background thread
 * once the service has started, so neither the start nor the first analysis waits for them. A
 * request that comes before the load is done waits for the same instance (CDI creates an
 * application-scoped bean once), so it is slower, never failed.
 */
@ApplicationScoped
public class AnalyzerWarmUp {

    private static final Logger LOG = Logger.getLogger(AnalyzerWarmUp.class);

    @Inject
    Analyzer analyzer;

    void onStart(@Observes StartupEvent event) {
        Thread loader = new Thread(this::load, "analyser-warm-up");
        loader.setDaemon(true);
        loader.setPriority(Thread.MIN_PRIORITY);
        loader.start();
    }

    private void load() {
        long start = System.nanoTime();
        try {
            ClientProxy.unwrap(
                    analyzer); // creates the bean behind the proxy: the models are read here
            LOG.debugf(
                    "analyser loaded in the background in %d ms",
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // the first analysis tries again and answers the error the way every request does
            LOG.warnf("the analyser could not be loaded in the background: %s", e.getMessage());
        }
    }
}
