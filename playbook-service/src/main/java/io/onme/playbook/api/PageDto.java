package io.onme.playbook.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a listing; {@code nextCursor} goes back as {@code after}, null on the last page. */
@RegisterForReflection
public record PageDto<T>(
        List<T> items, @Schema(nullable = true) String nextCursor, long totalCount) {}
