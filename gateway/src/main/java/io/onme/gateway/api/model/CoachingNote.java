package io.onme.gateway.api.model;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

public record CoachingNote(
        @Id @NonNull String id,
        @Id @NonNull String authorId,
        @NonNull String text,
        @NonNull OffsetDateTime createdAt) {
}
