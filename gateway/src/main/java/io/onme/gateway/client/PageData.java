package io.onme.gateway.client;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** The services' page: {@code {"items": [...], "nextCursor": ..., "totalCount": n}}. */
@RegisterForReflection
public record PageData<T>(List<T> items, String nextCursor, Integer totalCount) {

    public PageData {
        items = items == null ? List.of() : items;
    }
}
