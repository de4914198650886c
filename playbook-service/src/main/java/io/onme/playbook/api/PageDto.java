package io.onme.playbook.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One page of a listing; {@code nextCursor} goes back as {@code after}, null on the last page. */
@RegisterForReflection
public record PageDto<T>(
        List<T> items, @Schema(nullable = true) String nextCursor, long totalCount) {
}
