package io.onme.gateway.api.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A phrase to add; also the body of scoring-service's {@code POST /tenant-phrases}. */
@org.eclipse.microprofile.graphql.Input("TenantPhraseInput")
public record TenantPhraseInput(
        @NonNull @Description("1..200 characters, as the rep would write it.") String phrase,
        @NonNull Language language,
        @NonNull Stance stance,
        @Description("Only for BLAME and MIXED phrases.") BlameTarget target) {
}
