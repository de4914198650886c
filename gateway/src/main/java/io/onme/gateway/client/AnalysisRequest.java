package io.onme.gateway.client;

import io.onme.gateway.api.model.Language;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Body of scoring-service's {@code POST /analyses}. */
@RegisterForReflection
public record AnalysisRequest(String text, Language language) {
}
