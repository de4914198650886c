package io.onme.gateway.client;

import java.util.List;
import java.util.Map;

import io.onme.gateway.api.model.PlaybookData;
import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
public record SuggestionsResponse(Map<String, List<PlaybookData>> results) {

    public SuggestionsResponse {
        results = results == null ? Map.of() : results;
    }
}
