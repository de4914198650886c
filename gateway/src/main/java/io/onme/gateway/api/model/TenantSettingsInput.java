package io.onme.gateway.api.model;

import org.eclipse.microprofile.graphql.Description;

/** What to change; an absent field stays as it is. */
@org.eclipse.microprofile.graphql.Input("TenantSettingsInput")
public record TenantSettingsInput(
        CoachVisibility coachVisibility,
        @Description("1..720") Integer coachDelayHours,
        Boolean repsSeeLeaderboard,
        @Description("0..1") Double reviewConfidenceBelow,
        Boolean trainingConsent,
        @Description("1..120 months; see clearRetention to keep encounters for ever.") Integer retentionMonths,
        @Description("true: keep encounters for ever (no retention); not with retentionMonths.") Boolean clearRetention) {
}
