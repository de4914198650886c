package io.onme.gateway.api.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** How often the machine said one stance where people (confirmed or corrected) said another. */
@Description("Reviewed readings where the machine said `machine` and people said `human`.")
public record ConfusionCell(@NonNull Stance machine, @NonNull Stance human, int count) {
}
