package io.onme.gateway.client;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The services' page: {@code {"items": [...], "nextCursor": ..., "totalCount": n}}. */
@RegisterForReflection
public record PageData<T>(List<T> items, String nextCursor, Integer totalCount) {

    public PageData {
        items = items == null ? List.of() : items;
    }
}
