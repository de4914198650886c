package io.onme.gateway.client;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.onme.gateway.api.model.ReadingData;

/**
 * Reads the services' answers that come in more than one shape: a list bare ({@code [...]}) or in
 * an object ({@code {"items": [...]}}), a reading bare or inside its score fact ({@code
 * {"encounterId", "reading": {...}}}). A shape it cannot read fails the call as unreadable, which
 * {@link Backends} reports as the service being unavailable.
 */
@ApplicationScoped
public class ServiceJson {

    @Inject
    ObjectMapper mapper;

    public <T> List<T> list(JsonNode answer, Class<T> type) {
        JsonNode array = answer;
        if (answer != null && answer.isObject()) {
            array = null;
            for (Iterator<JsonNode> values = answer.elements(); values.hasNext();) {
                JsonNode value = values.next();
                if (value.isArray()) {
                    array = value;
                    break;
                }
            }
        }
        if (array == null || !array.isArray()) {
            throw new IllegalStateException("not a list");
        }
        List<T> items = new ArrayList<>();
        for (JsonNode item : array) {
            items.add(mapper.convertValue(item, type));
        }
        return items;
    }

    public ReadingData reading(JsonNode answer) {
        if (answer == null || !answer.isObject()) {
            throw new IllegalStateException("not a reading");
        }
        JsonNode reading = answer.path("reading").isObject() ? answer.get("reading") : answer;
        return mapper.convertValue(reading, ReadingData.class);
    }
}
