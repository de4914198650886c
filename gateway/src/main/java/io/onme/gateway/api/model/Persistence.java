package io.onme.gateway.api.model;

public record Persistence(Double encountersPerCustomer, Double abandonmentRate) {
}
