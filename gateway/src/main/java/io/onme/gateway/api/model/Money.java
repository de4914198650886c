package io.onme.gateway.api.model;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.NonNull;

/** A decimal amount in an ISO-4217 currency. */
public record Money(@NonNull BigDecimal amount, @NonNull String currency) {
}
