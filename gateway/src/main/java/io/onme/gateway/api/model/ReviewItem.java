package io.onme.gateway.api.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A reading waiting for a coach: its encounter (from journal-service), why, and how sure. */
@Description("A reading waiting for a coach's review.")
public record ReviewItem(
        @NonNull Encounter encounter,
        @NonNull ReviewReason reason,
        @Description("The analyser's confidence in its reading.") Double confidence) {
}
