package io.onme.playbook.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/** One page of a listing; {@code nextCursor} goes back as {@code after}, null on the last page. */
@RegisterForReflection
public record PageDto<T>(List<T> items, String nextCursor, long totalCount) {
}
