package io.onme.gateway.client;

import java.util.function.Function;

import io.onme.gateway.error.GatewayException;
import io.onme.gateway.error.UnavailableException;
import io.smallrye.mutiny.Uni;

/** What every backend call does with a failure before fault tolerance sees it. */
final class Backends {

    private Backends() {
    }

    /**
     * Refusals the service meant ({@link GatewayException}) pass unchanged; anything else (connection refused,
     * reset, unreadable answer) means the service is unavailable, which is what retries and breakers count.
     */
    static <T> Uni<T> guard(Uni<T> call, String service) {
        return call.onFailure(failure -> !(failure instanceof GatewayException))
                .transform(unavailable(service));
    }

    private static Function<Throwable, Throwable> unavailable(String service) {
        return failure -> new UnavailableException(service);
    }
}
