package io.onme.gateway.client;

/**
 * Whom a backend call is made for: the caller's tenant (the scope of the circuit breaker the call
 * goes through, see {@link Backends}) and the {@code Authorization} value forwarded to the service,
 * which verifies it again.
 */
public record Credentials(String tenant, String authorization) {
}
