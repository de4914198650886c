package io.onme.gateway.client;

import java.util.List;

import io.onme.gateway.api.model.BlameTarget;
import io.onme.gateway.api.model.ReviewDecision;
import io.onme.gateway.api.model.Stance;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Body of scoring-service's {@code POST /readings/{encounterId}/review}. */
@RegisterForReflection
public record ReviewRequest(
        ReviewDecision decision, Stance stance, List<BlameTarget> blameTargets, String note) {
}
