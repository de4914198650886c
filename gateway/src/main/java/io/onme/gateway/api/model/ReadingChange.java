package io.onme.gateway.api.model;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** One entry of a reading's history, as scoring-service's {@code /readings/{id}/history} has it. */
@Description("A dispute, review or reset of a reading: who, when, and the reading it left.")
public record ReadingChange(
        @NonNull OffsetDateTime at,
        @Id @NonNull @Description("Who made the change (the person's id, or 'erased').") String actorId,
        @NonNull ReadingAction action,
        @Description("The stance after the change (a correction's); null when it kept the stance.") Stance stance,
        @Description("The blame targets after the change; null when it kept them.") @io.smallrye.graphql.api.Nullable List<@NonNull BlameTarget> blameTargets,
        @Description("The dispute or review note.") String note) {
}
