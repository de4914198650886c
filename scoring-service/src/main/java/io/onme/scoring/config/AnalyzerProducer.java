package io.onme.scoring.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.onme.scoring.analysis.Analyzer;
import io.onme.scoring.analysis.AttributionAnalyzer;

/** One analyser for the application: it is thread-safe and keeps its lexicons in memory. */
public class AnalyzerProducer {

    @Produces
    @ApplicationScoped
    Analyzer analyzer() {
        return new AttributionAnalyzer();
    }
}
