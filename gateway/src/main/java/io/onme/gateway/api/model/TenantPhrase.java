package io.onme.gateway.api.model;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** scoring-service's {@code /tenant-phrases} entry (JSON and GraphQL). */
@Description("A phrase a tenant admin added to the analyser's lexicon: it counts, in its language, for"
        + " this tenant's reflections only.")
public record TenantPhrase(
        @Id @NonNull String id,
        @NonNull String phrase,
        @NonNull Language language,
        @NonNull @Description("The stance the phrase shows.") Stance stance,
        @Description("Whom a BLAME or MIXED phrase holds responsible; null otherwise.") BlameTarget target,
        @Id @NonNull @Description("The admin who added it.") String createdBy,
        @NonNull OffsetDateTime createdAt) {
}
