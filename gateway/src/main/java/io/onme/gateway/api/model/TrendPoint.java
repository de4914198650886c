package io.onme.gateway.api.model;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.NonNull;

public record TrendPoint(@NonNull OffsetDateTime periodStart, Double ownershipIndex, int entries) {
}
