package io.onme.journal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;

/**
 * Ready when MongoDB answers a ping, through the same synchronous client the repositories use.
 * Quarkus' own MongoDB check ({@code quarkus.mongodb.health.enabled}, off) also opens the reactive
 * client to ping it: the reactive driver and Project Reactor, some 450 classes loaded at every start
 * for a client this service never uses otherwise.
 */
@Readiness
@ApplicationScoped
public class MongoReadinessCheck implements HealthCheck {

    static final String NAME = "MongoDB connection health check";

    private static final Logger LOG = Logger.getLogger(MongoReadinessCheck.class);
    private static final Document PING = new Document("ping", 1);

    @Inject
    MongoClient client;

    @Override
    public HealthCheckResponse call() {
        try {
            client.getDatabase("admin").runCommand(PING);
            return HealthCheckResponse.named(NAME).up().build();
        } catch (MongoException e) {
            // the reason goes to the log, not to an unauthenticated endpoint
            LOG.warnf("MongoDB did not answer a ping: %s", e.getMessage());
            return HealthCheckResponse.named(NAME).down().build();
        }
    }
}
