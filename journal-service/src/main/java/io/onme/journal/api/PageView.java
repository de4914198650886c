package io.onme.journal.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a list: the items, the cursor of the next page (null at the end) and the total. */
public record PageView<T>(List<T> items, @Schema(nullable = true) String nextCursor, long totalCount) {
}
