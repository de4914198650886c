package io.onme.journal.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items, the cursor of the next page (null at the end) and the total. */
public record PageView<T>(
        List<T> items, @Schema(nullable = true) String nextCursor, long totalCount) {
}
