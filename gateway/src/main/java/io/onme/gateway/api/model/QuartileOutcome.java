package io.onme.gateway.api.model;

public record QuartileOutcome(
        int quartile, Double minScore, Double maxScore, int encounters, Double winRate) {
}
