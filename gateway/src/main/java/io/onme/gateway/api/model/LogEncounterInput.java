package io.onme.gateway.api.model;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@org.eclipse.microprofile.graphql.Input("LogEncounterInput")
public record LogEncounterInput(
        @NonNull CustomerInput customer,
        @NonNull OffsetDateTime occurredAt,
        Channel channel,
        ArchetypeKey archetype,
        @Description("1 (mild) to 5 (extreme) — how strongly the customer showed the archetype.") Integer intensity,
        @io.smallrye.graphql.api.Nullable List<@NonNull String> tactics,
        @io.smallrye.graphql.api.Nullable @Id List<@NonNull String> playbookIds,
        @NonNull Outcome outcome,
        MoneyInput dealValue,
        @NonNull String reflection,
        Language language,
        OffsetDateTime followUpAt,
        @Id String teamId,
        @Description("A UUID the client makes once per encounter it logs. Sending the same one again (a retry after a "
                + "lost answer) returns the encounter it created instead of logging a second one.") @Id String clientRequestId) {
}
