package io.onme.journal.service;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.types.ObjectId;

import io.onme.journal.config.DeliveryConfig;
import io.onme.journal.delivery.DeliveryRelay;
import io.onme.journal.persistence.EncounterDocument;
import io.onme.journal.persistence.EncounterRepository;
import io.onme.support.Caller;
import io.onme.support.ProblemException;

/** Admins look at the tenant's outbox and push stuck deliveries. Anyone else sees nothing (404). */
@ApplicationScoped
public class DeliveryAdminService {

    @Inject
    EncounterRepository encounters;

    @Inject
    DeliveryConfig config;

    @Inject
    DeliveryRelay relay;

    Clock clock = Clock.systemUTC();

    public List<DeliveryView> deliveries(Caller caller, boolean stuckOnly, int limit) {
        requireAdmin(caller);
        Instant now = clock.instant();
        return encounters
                .deliveries(
                        caller.tenantId(),
                        stuckOnly,
                        config.stuckAttempts(),
                        now.minus(config.stuckOverdue()),
                        limit)
                .stream()
                .map(EncounterMapper::toDeliveryView)
                .toList();
    }

    public DeliveryView retry(Caller caller, String encounterId) {
        requireAdmin(caller);
        if (encounterId == null || !ObjectId.isValid(encounterId)) {
            throw ProblemException.notFound("delivery " + encounterId);
        }
        ObjectId id = new ObjectId(encounterId);
        EncounterDocument retried = encounters
                .retryNow(id, caller.tenantId(), clock.instant())
                .orElseThrow(
                        () -> {
                            boolean exists = encounters
                                    .findOne(
                                            id,
                                            and(
                                                    eq(
                                                            EncounterDocument.TENANT,
                                                            caller.tenantId()),
                                                    ne(
                                                            EncounterDocument.DELIVERY,
                                                            null)))
                                    .isPresent();
                            return exists
                                    ? ProblemException.conflict(
                                            "a relay is delivering it right now")
                                    : ProblemException.notFound("delivery " + encounterId);
                        });
        relay.nudge();
        return EncounterMapper.toDeliveryView(retried);
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw ProblemException.notFound("resource");
        }
    }
}
