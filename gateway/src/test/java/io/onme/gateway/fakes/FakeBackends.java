package io.onme.gateway.fakes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts {@link FakeServices} for the gateway's tests and points the gateway at them ({@code
 * PLAYBOOK_URL}, {@code JOURNAL_URL}, {@code SCORING_URL}); tests steer them through {@code
 * onme.test.fakes-url} with {@link Fakes}.
 */
public class FakeBackends implements QuarkusTestResourceLifecycleManager {

    private FakeServices services;

    @Override
    public Map<String, String> start() {
        try {
            services = new FakeServices();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new HashMap<>(services.config());
        return config;
    }

    @Override
    public void stop() {
        if (services != null) {
            services.stop();
        }
    }
}
