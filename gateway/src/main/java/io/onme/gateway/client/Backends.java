package io.onme.gateway.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import io.onme.gateway.config.GatewayConfig;
import io.onme.gateway.error.GatewayException;
import io.onme.gateway.error.UnavailableException;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;

/**
 * What every backend call goes through: a timeout inside a circuit breaker, one breaker per tenant
 * and service.
 *
 * <p>
 * Why per tenant: a breaker shared by all callers lets one tenant's traffic (a request the
 * service cannot handle, sent again and again) open it for everyone, and every other tenant then
 * gets {@code UNAVAILABLE} for the breaker's delay (issue 16). Per tenant, the damage stays with
 * the tenant that caused it, while a service that is really down still opens each tenant's breaker
 * after a handful of that tenant's calls. Per user would isolate more, but a user makes too few
 * calls for a breaker to ever open, so an outage would be hammered by every user alike. Only
 * unavailability counts: connection failures, timeouts and 5xx (all {@link UnavailableException} or
 * {@link TimeoutException}); a refusal the service meant (4xx, a {@link GatewayException}) is its
 * answer, counted as a success and never retried.
 *
 * <p>
 * Retries stay on the backends' idempotent methods ({@code @Retry}, policy in
 * application.properties), outside the breaker: an open breaker ({@code
 * CircuitBreakerOpenException}) is not retried.
 */
@ApplicationScoped
public class Backends {

    /** SmallRye Fault Tolerance needs the action's type; the raw type, Uni, is what it reads. */
    private static final TypeLiteral<Uni<Object>> UNI = new TypeLiteral<>() {
    };

    private final GatewayConfig.Backends config;
    private final Map<Scope, Guard> guards = new ConcurrentHashMap<>();

    private record Scope(String service, String tenant) {
    }

    @Inject
    Backends(GatewayConfig config) {
        this.config = config.backends();
    }

    /**
     * Makes the call for the caller's tenant. Refusals the service meant ({@link GatewayException})
     * pass unchanged; anything else (connection refused, reset, 5xx, an unreadable answer) means
     * the service is unavailable.
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> Uni<T> call(String service, Credentials credentials, Supplier<Uni<T>> call) {
        Guard guard = guard(new Scope(service, credentials.tenant()));
        Supplier<Uni<Object>> guarded = () -> (Uni) call.get()
                .onFailure(
                        failure -> !(failure instanceof GatewayException))
                .transform(failure -> new UnavailableException(service));
        return (Uni<T>) guard.get(guarded, UNI);
    }

    /** How many breakers exist now (tests). */
    int breakers() {
        return guards.size();
    }

    private Guard guard(Scope scope) {
        Guard guard = guards.get(scope);
        if (guard != null) {
            return guard;
        }
        if (guards.size() >= config.breaker().maxScopes()) {
            // a bound, not an expected size (tenants come from verified tokens): all breakers start
            // over closed
            guards.clear();
        }
        return guards.computeIfAbsent(scope, this::create);
    }

    private Guard create(Scope scope) {
        GatewayConfig.Backends.Breaker breaker = config.breaker();
        return Guard.create()
                .withDescription(scope.service())
                .withTimeout()
                .duration(config.timeout().toMillis(), ChronoUnit.MILLIS)
                .done()
                .withCircuitBreaker()
                .requestVolumeThreshold(breaker.requestVolumeThreshold())
                .failureRatio(breaker.failureRatio())
                .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(breaker.successThreshold())
                .failOn(List.of(UnavailableException.class, TimeoutException.class))
                .done()
                .withThreadOffload(false)
                .build();
    }
}
