package io.onme.gateway.api.model;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.NonNull;

@org.eclipse.microprofile.graphql.Input("MoneyInput")
public record MoneyInput(@NonNull BigDecimal amount, @NonNull String currency) {
}
